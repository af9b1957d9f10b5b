// Exports of the archive: the button and saving a file.
// What the app and other features use of it.
export { ExportCustomersButton } from './ExportCustomersButton';
export { saveBase64, saveBlob } from './download';
