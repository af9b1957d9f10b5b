// The connected desks: the page.
// What the app and other features use of it.
export { ConnectedDesksPage } from './ConnectedDesksPage';
