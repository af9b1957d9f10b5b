// The system status page.
// What the app and other features use of it.
export { IntegrityPage } from './IntegrityPage';
