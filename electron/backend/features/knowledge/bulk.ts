// Writing many articles at once without the API (the bench, the query-plan tests): the same repository functions the
// handlers use, one transaction, the search index kept as it goes.
import type { Db } from '../../db/connection';
import type { ArticleContent } from '../../../../shared/api/knowledge';
import { articleNumber, insertArticle, insertRevision, recordChange, replaceTags, updateArticleColumns } from './repository';
import { refreshArticleSearch } from './search';

export interface BulkArticle extends ArticleContent {
  published: boolean;
}

/** Adds the articles (revision 1 each, published when asked) and returns their ids. */
export function addArticles(db: Db, articles: readonly BulkArticle[], userId: number | null, now: number): number[] {
  const ids: number[] = [];
  db.transaction(() => {
    const first = (db.prepare("SELECT coalesce(max(last_value), 0) AS n FROM number_sequences WHERE key = 'article'").get() as { n: number }).n;
    articles.forEach((article, index) => {
      const at = now + index;
      const id = insertArticle(db, articleNumber(first + index + 1), userId, at);
      insertRevision(db, id, 1, { ...article, note: '', sourceQuestionId: null }, userId, at);
      recordChange(db, id, 'created', 1, userId, '', at);
      if (article.published) {
        updateArticleColumns(db, id, 0, { state: 'published', published_revision: 1, published_at: at, published_by: userId }, at);
        recordChange(db, id, 'published', 1, userId, '', at);
      }
      replaceTags(db, id, article);
      refreshArticleSearch(db, id);
      ids.push(id);
    });
    db.prepare(
      `INSERT INTO number_sequences (key, last_value) VALUES ('article', ?) ON CONFLICT (key) DO UPDATE SET last_value = excluded.last_value`,
    ).run(first + articles.length);
  })();
  return ids;
}
