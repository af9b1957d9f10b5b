// Handover documents (竣工资料) as the customer's page shows them.
export { documentsOf } from './repository';
