// Planned maintenance as the back end's daily care uses it: the inspections of the plans that are due.
export { createDueInspections } from './due';
