// Routed records (difficult questions, suggestions; later callbacks and notices): a record addressed to a department
// with a deadline, taken step by step. What their screens share: the list with its filters, the page's heading, the
// state chip and who called.
export { CallerFields, type CallerOfRecord } from './CallerFields';
export { RecordHeading } from './RecordHeading';
export { RecordStateChip, type RecordKind, type RecordState } from './RecordStateChip';
export { RoutedRecordsPage, type RecordList, type RecordRow } from './RoutedRecordsPage';
export { FactsRow, RecordColumns, RecordSection, StepCaption, useByline } from './RecordSections';
export { RecordText, CallerNameAndPhone, callerDefaults, callerField, callerInput, CustomerOfRecord, RecordDialog, type CallerPrefill, type CallerValues } from './RecordForm';
export { AnswerFact, DueFact } from './RecordFacts';
export { NewRecordDialog, useNewRecordForm } from './RecordForm';
