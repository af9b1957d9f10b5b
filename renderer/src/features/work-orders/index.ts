// Work orders (故障处理派工单) as the app and other screens use them: the dispatcher's board, a technician's own list
// (a page and the home page's section), a work order's page, and a fault report's work orders with "派工".
export { WorkOrdersBoardPage } from './BoardPage';
export { MyWorkOrdersHome, MyWorkOrdersPage } from './MyWorkOrders';
export { WorkOrderPage } from './WorkOrderPage';
export { RequestWorkOrders } from './RequestWorkOrders';
export { WorkOrderStateChip } from './parts';
export { TechniciansField } from './TechniciansField';
export { workOrderDetailLines } from './journal';
