// Calls answered from an article: which request, who, when; and the article's count of them.
import { sql, type Db } from '../../db/connection';
import type { ArticleUse } from '../../../../shared/api/knowledge';
import { notFound } from '../../lib/errors';

export interface ArticleUseEntry {
  articleId: number;
  requestId: number;
  userId: number | null;
  at: number;
}

/**
 * Records that a request's caller was answered from an article and returns the article's new count of uses. For
 * requests.create (a consultation answered on the spot) and knowledge.recordUse; runs inside the caller's write
 * transaction. Throws not_found when the article does not exist.
 */
export function recordArticleUse(db: Db, entry: ArticleUseEntry): number {
  const updated = sql(db, 'UPDATE knowledge_articles SET use_count = use_count + 1 WHERE id = ? RETURNING use_count').get(entry.articleId) as
    | { use_count: number }
    | undefined;
  if (!updated) throw notFound('Article', entry.articleId);
  sql(db, 'INSERT INTO knowledge_uses (article_id, request_id, user_id, at) VALUES (?, ?, ?, ?)').run(
    entry.articleId,
    entry.requestId,
    entry.userId,
    entry.at,
  );
  return updated.use_count;
}

export function articleUses(db: Db, articleId: number, limit: number): ArticleUse[] {
  const rows = sql(
    db,
    `SELECT k.request_id, r.number, k.at, u.display_name AS by_name
     FROM knowledge_uses k JOIN requests r ON r.id = k.request_id LEFT JOIN users u ON u.id = k.user_id
     WHERE k.article_id = ? ORDER BY k.id DESC LIMIT ?`,
  ).all(articleId, limit) as Array<{ request_id: number; number: string; at: number; by_name: string | null }>;
  return rows.map((row) => ({ requestId: row.request_id, requestNumber: row.number, at: row.at, byName: row.by_name }));
}
