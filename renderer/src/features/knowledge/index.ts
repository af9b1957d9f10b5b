// The knowledge base: its pages, the picker and an article's title.
// What the app and other features use of it.
export { KnowledgePicker } from './KnowledgePicker';
export { articleTitle } from './ArticleView';
export { ArticleEditorPage } from './ArticleEditorPage';
export { ArticlePage } from './ArticlePage';
export { KnowledgePage } from './KnowledgePage';
