// equipment: what other features may use.
export { WarrantyChip } from './WarrantyChip';
export { EquipmentDialog } from './EquipmentDialog';
export { EquipmentSection } from './EquipmentSection';
export { RenewWarrantyDialog } from './RenewWarrantyDialog';
export { ModelsPage } from './ModelsPage';
