// The working calendar and the deadline rules: its pages, and the notice when a year is missing.
// What the app and other features use of it.
export { MissingYearNotice } from './MissingYearNotice';
export { CalendarPage } from './CalendarPage';
export { SlaPage } from './SlaPage';
