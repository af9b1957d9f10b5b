// complaints: what other features may use.
export { BoardComplaints } from './BoardComplaints';
export { RequestComplaints } from './RequestComplaints';
export { complaintDetailLines } from './parts';
export { CustomerComplaintButton } from './CustomerComplaintButton';
