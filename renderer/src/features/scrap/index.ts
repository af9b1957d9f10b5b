// Scrap records (报废品处理记录) as the app and other screens use them: the list by state, the form (/scrap/new with
// ?noticeId=|workOrderId=|partId=|equipmentId=, or a draft's /scrap/:id/edit), a record's page, and the department
// manager's home section of the records awaiting approval.
export { ScrapListPage } from './ScrapListPage';
export { ScrapFormPage } from './ScrapFormPage';
export { ScrapPage } from './ScrapPage';
export { ScrapAwaitingApproval } from './ScrapAwaitingApproval';
export { ScrapStateChip } from './parts';
