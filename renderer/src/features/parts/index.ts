// The store's parts as other screens use them: the picker wherever a part is asked for (a scan picks it; a
// discontinued part offers its substitutes), quantities as shown, the store's pages, and the clerk's part of the home.
export { PartPicker, quantityText } from './PartPicker';
export { PartsPage } from './PartsPage';
export { PartPage } from './PartPage';
export { StoreHome } from './StoreHome';
export { signedQuantity } from './movements';
export { PrintLabelsButton, labelsPreviewPath } from './labels/PrintLabelsButton';
export { BinLabelsButton, BinLabelsDialog } from './labels/BinLabelsDialog';
export { ExportPartsButton, type ExportPartsFilters } from './ExportPartsButton';
