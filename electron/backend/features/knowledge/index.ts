// The knowledge base (知识库) as other features use it: a call answered from an article counts as a use; a difficult
// question is closed with an article written from its answer, which it links at one revision.
export { articleLink, articlesFromQuestion } from './repository';
export { recordArticleUse } from './uses';
