// questions: what other features may use.
export { QuestionDialog } from './QuestionDialog';
