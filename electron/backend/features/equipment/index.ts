// Equipment (设备) as other features use it: one piece, a customer's list (for their page and the export), the
// product model an import names (added when new), and the lifecycle state the field-work records move it through.
export { ensureModel, equipmentOf, findEquipment } from './repository';
export { setEquipmentLifecycle } from './lifecycle';
