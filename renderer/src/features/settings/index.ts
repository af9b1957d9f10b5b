// The center's settings: the page.
// What the app and other features use of it.
export { SettingsPage } from './SettingsPage';
