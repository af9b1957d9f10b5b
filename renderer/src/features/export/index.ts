// export: what other features may use.
export { ExportCustomersButton } from './ExportCustomersButton';
export { saveBlob } from './download';
