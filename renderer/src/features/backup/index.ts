// Backups and restore: the page.
// What the app and other features use of it.
export { BackupsPage } from './BackupsPage';
