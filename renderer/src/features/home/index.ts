// The home page.
// What the app and other features use of it.
export { HomePage } from './HomePage';
