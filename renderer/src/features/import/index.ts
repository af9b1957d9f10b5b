// Importing the archive: the page.
// What the app and other features use of it.
export { ImportPage } from './ImportPage';
