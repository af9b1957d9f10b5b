// The store's parts as other screens use them: the picker wherever a part is asked for (a scan picks it), quantities as
// shown; labels of parts and bins; the parts list's export.
export { PartPicker, quantityText } from './PartPicker';
export { PrintLabelsButton, labelsPreviewPath } from './labels/PrintLabelsButton';
export { BinLabelsButton, BinLabelsDialog } from './labels/BinLabelsDialog';
export { ExportPartsButton, type ExportPartsFilters } from './ExportPartsButton';
