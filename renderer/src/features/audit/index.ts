// The audit log page.
// What the app and other features use of it.
export { AuditPage } from './AuditPage';
