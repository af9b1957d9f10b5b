// Work orders as other features use them: making one (a maintenance plan's inspection), the list rows, the technician
// check (a dedicated maintainer is a technician).
export { insertWorkOrder, type NewWorkOrder } from './create';
export { isActiveTechnician, summariesOf } from './repository';
