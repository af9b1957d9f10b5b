// Complaint forms (客户投诉处理单): their pages, and what the board, the request and the customer page show of them.
// What the app and other features use of it.
export { BoardComplaints } from './BoardComplaints';
export { RequestComplaints } from './RequestComplaints';
export { complaintDetailLines } from './parts';
export { CustomerComplaintButton } from './CustomerComplaintButton';
export { ComplaintPage } from './ComplaintPage';
export { ComplaintsPage } from './ComplaintsPage';
export { SignaturePad } from './SignaturePad';
