// The customer archive (用户档案): the list and the customer page.
// What the app and other features use of it.
export { CustomerPage } from './CustomerPage';
export { CustomersPage } from './CustomersPage';
