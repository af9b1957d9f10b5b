// The working calendar and the service-level policy as other features use them: the deadline a rule gives from a
// start on the center's working days, and how late something is (in hours and in working time).
export { deadlineOf, lateness, otherDeadline, requestDeadlines, workingCalendar } from './deadlines';
