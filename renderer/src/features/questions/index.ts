// Difficult question records (疑难问题记录表): their pages and the dialog the call form opens.
// What the app and other features use of it.
export { QuestionDialog } from './QuestionDialog';
export { QuestionPage } from './QuestionPage';
export { QuestionsPage } from './QuestionsPage';
