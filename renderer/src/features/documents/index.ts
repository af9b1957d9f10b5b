// Handover documents of a customer's equipment: the section on the customer page and adding one.
// What the app and other features use of it.
export { AddDocumentDialog } from './AddDocumentDialog';
export { DocumentsSection } from './DocumentsSection';
