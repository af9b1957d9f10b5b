// Equipment (设备) as other features use it: one piece, a customer's list (for their page and the export), and the
// product model an import names (added when new).
export { ensureModel, equipmentOf, findEquipment } from './repository';
