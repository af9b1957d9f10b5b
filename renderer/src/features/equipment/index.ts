// Equipment and product models: the customer page's section and dialogs, the models page, the warranty chip.
// What the app and other features use of it.
export { WarrantyChip } from './WarrantyChip';
export { EquipmentDialog } from './EquipmentDialog';
export { EquipmentSection } from './EquipmentSection';
export { RenewWarrantyDialog } from './RenewWarrantyDialog';
export { ModelsPage } from './ModelsPage';
