// The store's parts as other screens use them: the picker wherever a part is asked for (a scan picks it), quantities as shown.
export { PartPicker, quantityText } from './PartPicker';
