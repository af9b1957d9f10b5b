// Finding a customer while the caller talks: the search box (also in the frame), its results, the picker.
// What the app and other features use of it.
export { SearchResultRow } from './SearchResults';
export { useCustomerSearch } from './useCustomerSearch';
export { CustomerPickerField, type PickedCustomer } from './CustomerPickerField';
export { SearchBox, useSearchShortcut } from './SearchBox';
