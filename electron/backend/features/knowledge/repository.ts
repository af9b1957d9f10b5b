// Articles, their revisions (never changed once written), their history of changes and their tags.
import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type {
  Article,
  ArticleChange,
  ArticleChangeKind,
  ArticleContent,
  ArticleRevision,
  ArticleState,
  ArticleSummary,
  ArticleText,
  QuestionRef,
} from '../../../../shared/api/knowledge';
import type { Language } from '../../../../shared/api/common';
import type { ArticleLink } from '../../../../shared/api/questions';

export interface ArticleRow {
  id: number;
  number: string;
  state: ArticleState;
  revision: number;
  published_revision: number | null;
  published_at: number | null;
  published_by: number | null;
  use_count: number;
  created_by: number | null;
  created_at: number;
  updated_by: number | null;
  updated_at: number;
  version: number;
}

interface RevisionRow {
  article_id: number;
  revision: number;
  title_zh: string | null;
  question_zh: string | null;
  answer_zh: string | null;
  title_en: string | null;
  question_en: string | null;
  answer_en: string | null;
  product_tags: string;
  category_tags: string;
  note: string;
  source_question_id: number | null;
  created_by: number | null;
  created_at: number;
}

export function articleNumber(n: number): string {
  return `ZS-${String(n).padStart(6, '0')}`;
}

export function findArticleRow(db: Db, id: number): ArticleRow | null {
  return (sql(db, 'SELECT * FROM knowledge_articles WHERE id = ?').get(id) as ArticleRow | undefined) ?? null;
}

function revisionRow(db: Db, articleId: number, revision: number): RevisionRow {
  return sql(db, 'SELECT * FROM knowledge_revisions WHERE article_id = ? AND revision = ?').get(articleId, revision) as RevisionRow;
}

const textOf = (title: string | null, question: string | null, answer: string | null): ArticleText | null =>
  title === null ? null : { title, question: question ?? '', answer: answer ?? '' };

export function contentOf(row: RevisionRow): ArticleContent {
  return {
    zh: textOf(row.title_zh, row.question_zh, row.answer_zh),
    en: textOf(row.title_en, row.question_en, row.answer_en),
    productTags: JSON.parse(row.product_tags) as string[],
    categoryTags: JSON.parse(row.category_tags) as string[],
  };
}

/** The content agents see: the published revision, or a draft's newest. */
export function visibleContent(db: Db, article: ArticleRow): ArticleContent {
  return contentOf(revisionRow(db, article.id, article.published_revision ?? article.revision));
}

export function newestContent(db: Db, article: ArticleRow): ArticleContent {
  return contentOf(revisionRow(db, article.id, article.revision));
}

function userName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  return (sql(db, 'SELECT display_name FROM users WHERE id = ?').get(id) as { display_name: string } | undefined)?.display_name ?? null;
}

function sourceQuestions(db: Db, articleId: number): QuestionRef[] {
  return sql(
    db,
    `SELECT DISTINCT q.id, q.number FROM knowledge_revisions r JOIN difficult_questions q ON q.id = r.source_question_id
     WHERE r.article_id = ? AND r.source_question_id IS NOT NULL ORDER BY q.id`,
  ).all(articleId) as QuestionRef[];
}

export function findArticle(db: Db, id: number): Article | null {
  const row = findArticleRow(db, id);
  if (!row) return null;
  const newest = newestContent(db, row);
  const pending = row.published_revision !== null && row.published_revision !== row.revision;
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    revision: row.revision,
    publishedRevision: row.published_revision,
    ...newest,
    publishedContent: pending ? contentOf(revisionRow(db, row.id, row.published_revision!)) : null,
    useCount: row.use_count,
    createdAt: row.created_at,
    createdByName: userName(db, row.created_by),
    updatedAt: row.updated_at,
    updatedByName: userName(db, row.updated_by),
    publishedAt: row.published_at,
    publishedByName: userName(db, row.published_by),
    sourceQuestions: sourceQuestions(db, row.id),
    version: row.version,
  };
}

export interface RevisionInput extends ArticleContent {
  note: string;
  sourceQuestionId: number | null;
}

export function insertRevision(db: Db, articleId: number, revision: number, input: RevisionInput, userId: number | null, now: number): void {
  sql(
    db,
    `INSERT INTO knowledge_revisions (article_id, revision, title_zh, question_zh, answer_zh, title_en, question_en, answer_en,
       product_tags, category_tags, note, source_question_id, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    articleId,
    revision,
    input.zh?.title ?? null,
    input.zh?.question ?? null,
    input.zh?.answer ?? null,
    input.en?.title ?? null,
    input.en?.question ?? null,
    input.en?.answer ?? null,
    JSON.stringify(input.productTags),
    JSON.stringify(input.categoryTags),
    input.note,
    input.sourceQuestionId,
    userId,
    now,
  );
}

export function insertArticle(db: Db, number: string, userId: number | null, now: number): number {
  return Number(
    sql(
      db,
      `INSERT INTO knowledge_articles (number, state, revision, created_by, created_at, updated_by, updated_at)
       VALUES (?, 'draft', 1, ?, ?, ?, ?)`,
    ).run(number, userId, now, userId, now).lastInsertRowid,
  );
}

export function updateArticleColumns(
  db: Db,
  id: number,
  expectedVersion: number,
  columns: Partial<Pick<ArticleRow, 'state' | 'revision' | 'published_revision' | 'published_at' | 'published_by' | 'updated_by'>>,
  now: number,
): boolean {
  return updateVersionedRow(db, 'knowledge_articles', id, expectedVersion, columns, now);
}

export function recordChange(db: Db, articleId: number, kind: ArticleChangeKind, revision: number, userId: number | null, note: string, now: number): void {
  sql(db, 'INSERT INTO knowledge_changes (article_id, at, user_id, kind, revision, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    articleId,
    now,
    userId,
    kind,
    revision,
    note,
  );
}

/** Keeps the tags table in step with an article's newest revision. */
export function replaceTags(db: Db, articleId: number, content: ArticleContent): void {
  sql(db, 'DELETE FROM knowledge_tags WHERE article_id = ?').run(articleId);
  const insert = sql(db, 'INSERT OR IGNORE INTO knowledge_tags (kind, tag, article_id) VALUES (?, ?, ?)');
  for (const tag of content.productTags) insert.run('product', tag, articleId);
  for (const tag of content.categoryTags) insert.run('category', tag, articleId);
}

export function tagsInUse(db: Db): { products: string[]; categories: string[] } {
  const of = (kind: string) =>
    (sql(db, 'SELECT DISTINCT tag FROM knowledge_tags WHERE kind = ? ORDER BY tag').all(kind) as { tag: string }[]).map((row) => row.tag);
  return { products: of('product'), categories: of('category') };
}

export function articleHistory(db: Db, articleId: number): { changes: ArticleChange[]; revisions: ArticleRevision[] } {
  const changes = sql(
    db,
    `SELECT c.id, c.at, u.display_name AS by_name, c.kind, c.revision, c.note
     FROM knowledge_changes c LEFT JOIN users u ON u.id = c.user_id
     WHERE c.article_id = ? ORDER BY c.id DESC`,
  ).all(articleId) as Array<{ id: number; at: number; by_name: string | null; kind: ArticleChangeKind; revision: number; note: string }>;
  const revisions = sql(
    db,
    `SELECT r.*, u.display_name AS by_name, q.number AS question_number
     FROM knowledge_revisions r LEFT JOIN users u ON u.id = r.created_by LEFT JOIN difficult_questions q ON q.id = r.source_question_id
     WHERE r.article_id = ? ORDER BY r.revision DESC`,
  ).all(articleId) as Array<RevisionRow & { by_name: string | null; question_number: string | null }>;
  return {
    changes: changes.map((c) => ({ id: c.id, at: c.at, byName: c.by_name, kind: c.kind, revision: c.revision, note: c.note })),
    revisions: revisions.map((r) => ({
      revision: r.revision,
      at: r.created_at,
      byName: r.by_name,
      note: r.note,
      fromQuestion: r.source_question_id !== null ? { id: r.source_question_id, number: r.question_number ?? '' } : null,
      ...contentOf(r),
    })),
  };
}

/** The title in the language asked for when the article has it, else the other. */
export function titleFor(content: ArticleContent, language: Language): string {
  const preferred = language === 'en' ? content.en : content.zh;
  const other = language === 'en' ? content.zh : content.en;
  return (preferred ?? other)?.title ?? '';
}

export function summaryOf(article: ArticleRow, content: ArticleContent, language: Language, snippet?: string): ArticleSummary {
  return {
    id: article.id,
    number: article.number,
    state: article.state,
    title: titleFor(content, language),
    titleZh: content.zh?.title ?? null,
    titleEn: content.en?.title ?? null,
    ...(snippet !== undefined && { snippet }),
    productTags: content.productTags,
    categoryTags: content.categoryTags,
    pendingChanges: article.published_revision !== null && article.published_revision !== article.revision,
    useCount: article.use_count,
    updatedAt: article.updated_at,
  };
}

/** Keyset page of articles, most recently changed first. */
export function listArticleRows(db: Db, state: ArticleState | undefined, after: { at: number; id: number } | null, limit: number): ArticleRow[] {
  const at = after?.at ?? Number.MAX_SAFE_INTEGER;
  const id = after?.id ?? Number.MAX_SAFE_INTEGER;
  if (state) {
    return sql(
      db,
      `SELECT * FROM knowledge_articles WHERE state = ? AND (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ?`,
    ).all(state, at, id, limit) as ArticleRow[];
  }
  return sql(db, `SELECT * FROM knowledge_articles WHERE (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ?`).all(
    at,
    id,
    limit,
  ) as ArticleRow[];
}

export function articleRowsByIds(db: Db, ids: readonly number[]): Map<number, ArticleRow> {
  if (ids.length === 0) return new Map();
  const rows = sql(db, 'SELECT a.* FROM json_each(?) j JOIN knowledge_articles a ON a.id = j.value').all(JSON.stringify(ids)) as ArticleRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** An article at one revision as a difficult question links it: its number and title (Chinese, else English). */
export function articleLink(db: Db, articleId: number, revision: number): ArticleLink | null {
  const row = sql(
    db,
    `SELECT a.number, r.* FROM knowledge_articles a JOIN knowledge_revisions r ON r.article_id = a.id AND r.revision = ?
     WHERE a.id = ?`,
  ).get(revision, articleId) as (RevisionRow & { number: string }) | undefined;
  if (!row) return null;
  const content = contentOf(row);
  return { id: articleId, number: row.number, revision, title: titleFor(content, 'zh-CN'), titleEn: content.en?.title ?? null };
}

/** The newest revision of each article written from a question's answer (what the question may be closed with). */
export function articlesFromQuestion(db: Db, questionId: number): ArticleLink[] {
  const rows = sql(
    db,
    `SELECT a.id, a.number, max(r.revision) AS revision
     FROM knowledge_revisions r JOIN knowledge_articles a ON a.id = r.article_id
     WHERE r.source_question_id = ? GROUP BY a.id ORDER BY max(r.id) DESC`,
  ).all(questionId) as Array<{ id: number; number: string; revision: number }>;
  return rows.map((row) => {
    const content = contentOf(revisionRow(db, row.id, row.revision));
    return { ...row, title: titleFor(content, 'zh-CN'), titleEn: content.en?.title ?? null };
  });
}
