// documents: what other features may use.
export { AddDocumentDialog } from './AddDocumentDialog';
export { DocumentsSection } from './DocumentsSection';
