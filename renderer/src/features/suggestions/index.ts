// Customer suggestions (客户建议记录单): their pages and the dialog the call form opens.
// What the app and other features use of it.
export { SuggestionDialog } from './SuggestionDialog';
export { SuggestionPage } from './SuggestionPage';
export { SuggestionsPage } from './SuggestionsPage';
