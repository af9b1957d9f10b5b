// Users and their roles: the page.
// What the app and other features use of it.
export { UsersPage } from './UsersPage';
