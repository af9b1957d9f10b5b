// customer-search: what other features may use.
export { SearchResultRow } from './SearchResults';
export { useCustomerSearch } from './useCustomerSearch';
export { CustomerPickerField, type PickedCustomer } from './CustomerPickerField';
export { SearchBox } from './SearchBox';
