// Purchase requests (维修备品采购单) as the app and other screens use them: the list, a request's page, the form (new,
// or prefilled with `?parts=` from the clerk's parts below their reorder point), and the home page's waiting section.
export { PurchasesPage } from './PurchasesPage';
export { PurchasePage } from './PurchasePage';
export { PurchaseFormPage } from './PurchaseFormPage';
export { PurchasesWaiting } from './PurchasesWaiting';
export { PurchaseStateChip } from './parts';
