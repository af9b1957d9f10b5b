// Spare replacement notices (故障处理备品替换通知) as the app and other screens use them: the list of open notices, the
// lend form (/replacements/new?workOrderId=|equipmentId=), a notice's page, and the clerk's home section of the spares
// out on loan. The scrap records' screens reuse the unit picker and a record's movements.
export { ReplacementsPage } from './ReplacementsPage';
export { ReplacementFormPage } from './ReplacementFormPage';
export { ReplacementPage } from './ReplacementPage';
export { SparesOnLoan } from './SparesOnLoan';
export { ReplacementStateChip, WhereChip } from './parts';
export { RecordMovements } from './RecordMovements';
export { StartingWithUnit, UnitPicker, unitLabel } from './UnitPicker';
export { prefillIds } from './prefill';
