// Routed records (difficult questions, suggestions; later callbacks and notices): a record addressed to a department
// with a deadline, taken step by step. What their screens share: the list with its filters, the page's heading, the
// state chip, the facts every record has, and the form that opens one with who called.
export { CallerFields } from './CallerFields';
export { RecordHeading } from './RecordHeading';
export { RoutedRecordsPage, type RecordList } from './RoutedRecordsPage';
export { FactsRow, RecordColumns, RecordSection, StepCaption, useByline } from './RecordSections';
export { AnswerFact, DueFact } from './RecordFacts';
export { CallerNameAndPhone, CustomerOfRecord, NewRecordDialog, RecordText, useNewRecordForm, type CallerPrefill } from './RecordForm';
