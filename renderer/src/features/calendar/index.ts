// calendar: what other features may use.
export { MissingYearNotice } from './MissingYearNotice';
