// Service requests, as other features use them: a complaint form filled from a request moves it (its response, its
// progress along the request's workflow) and, once filed, may close it.
export { closeFromComplaint, progressFromComplaint, type RequestMove } from './complaint-progress';
// A work order made from a fault report: the report read, and the request's on-site and solved times it writes.
export { arrivalFromWorkOrder, findFaultReport, solvedFromWorkOrder, type FaultReportRow } from './field-work';
