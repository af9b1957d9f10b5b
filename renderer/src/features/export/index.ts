// Exports of the archive and the store: the buttons and saving a file.
// What the app and other features use of it.
export { ExportCustomersButton } from './ExportCustomersButton';
export { ExportMenuButton, type ExportButtonLook, type ExportFormat, type ExportMethod } from './ExportMenuButton';
export { saveBase64, saveBlob } from './download';
