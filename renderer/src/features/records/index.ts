// Routed records (difficult questions, suggestions): the pieces their pages share.
export { CallerFields, type CallerOfRecord } from './CallerFields';
