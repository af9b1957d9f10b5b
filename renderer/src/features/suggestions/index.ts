// suggestions: what other features may use.
export { SuggestionDialog } from './SuggestionDialog';
