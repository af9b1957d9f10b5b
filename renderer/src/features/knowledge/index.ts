// knowledge: what other features may use.
export { KnowledgePicker } from './KnowledgePicker';
export { articleTitle } from './ArticleView';
