// The customer archive's customers (用户档案) as other features use them: a customer or site by id, customers' summaries,
// the list (for the export), the page's latest events of the repair archive, and the search index that equipment and
// imports refresh when what it holds of a customer changes.
export { listCustomers } from './queries';
export { customerSummaries, findCustomer, findSite, sitesOf } from './repository';
export { indexNewCustomers, indexNewPhones, refreshCustomerSearch } from './search-index';
export { listTimeline } from './timeline';
