// Article search: the text agents see (a published article's published revision, a draft's newest) in a contentless
// FTS5 table, every Chinese character its own token (lib/fulltext.ts), so 1- and 2-character queries are phrase
// queries and English words match by prefix. Ranked by bm25 with the title weighted most, then tags, then the body;
// published articles first. Every query is one FTS5 look-up with a LIMIT.
import { sql, type Db } from '../../db/connection';
import { fulltextQuery, segmentText } from '../../lib/fulltext';
import type { ArticleContent, ArticleSummary } from '../../../../shared/api/knowledge';
import type { Language } from '../../../../shared/api/common';
import { articleRowsByIds, findArticleRow, summaryOf, visibleContent, type ArticleRow } from './repository';

/** bm25 weights of the columns title, body, tags, status (status is only ever filtered on). */
const WEIGHTS = '10.0, 1.0, 4.0, 0.0';
const SNIPPET_CHARS = 90;

function documentOf(content: ArticleContent): { title: string; body: string; tags: string } {
  const texts = [content.zh, content.en].filter((text) => text !== null);
  return {
    title: segmentText(texts.map((text) => text.title).join(' ')),
    body: segmentText(texts.map((text) => `${text.question} ${text.answer}`).join(' ')),
    tags: segmentText([...content.productTags, ...content.categoryTags].join(' ')),
  };
}

/** Recomputes one article's row of the index; call it in the transaction that changed the article. */
export function refreshArticleSearch(db: Db, articleId: number): void {
  sql(db, 'DELETE FROM knowledge_search WHERE rowid = ?').run(articleId);
  const article = findArticleRow(db, articleId);
  if (!article) return;
  const doc = documentOf(visibleContent(db, article));
  sql(db, 'INSERT INTO knowledge_search (rowid, title, body, tags, status) VALUES (?, ?, ?, ?, ?)').run(
    articleId,
    doc.title,
    doc.body,
    doc.tags,
    article.state,
  );
}

/** Rebuilds the whole index (after a bulk load, for the bench). */
export function rebuildArticleSearch(db: Db): number {
  let count = 0;
  db.transaction(() => {
    db.exec(`INSERT INTO knowledge_search (knowledge_search) VALUES ('delete-all')`);
    for (const id of db.prepare('SELECT id FROM knowledge_articles ORDER BY id').pluck().all() as number[]) {
      refreshArticleSearch(db, id);
      count += 1;
    }
    db.exec(`INSERT INTO knowledge_search (knowledge_search) VALUES ('optimize')`);
  })();
  return count;
}

const MATCH = `
  SELECT rowid AS id FROM knowledge_search
  WHERE knowledge_search MATCH ?
  ORDER BY bm25(knowledge_search, ${WEIGHTS})
  LIMIT ?`;

/** The words of the query, in the order they should be looked for in a snippet (CJK runs and Latin words). */
function needles(query: string): string[] {
  const runs = query.normalize('NFKC').toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  // Whole runs first; then, for a sentence searched with match: any, the pairs of characters it was matched by.
  const pairs = runs.filter((run) => /\p{Script=Han}/u.test(run)).flatMap((run) => [...run].slice(0, -1).map((ch, i) => ch + [...run][i + 1]!));
  return [...runs, ...pairs];
}

/** The passage of the answer (or question) around the first word found; the start of the answer when none is. */
export function snippetOf(content: ArticleContent, query: string, language: Language): string {
  const texts = (language === 'en' ? [content.en, content.zh] : [content.zh, content.en]).filter((text) => text !== null);
  const words = needles(query);
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const text of texts) {
    for (const field of [text.answer, text.question]) {
      const plain = flat(field);
      const lower = plain.toLowerCase();
      for (const word of words) {
        const at = lower.indexOf(word);
        if (at < 0) continue;
        const start = Math.max(0, at - Math.floor(SNIPPET_CHARS / 3));
        const end = Math.min(plain.length, start + SNIPPET_CHARS);
        return `${start > 0 ? '…' : ''}${plain.slice(start, end)}${end < plain.length ? '…' : ''}`;
      }
    }
  }
  const first = flat(texts[0]?.answer ?? '');
  return first.length > SNIPPET_CHARS ? `${first.slice(0, SNIPPET_CHARS)}…` : first;
}

/**
 * The MATCH expression for "any of these words", for a request's subject or description handed to the search: each
 * pair of neighbouring Chinese characters as a phrase (a lone character alone), each other word as a prefix, any of
 * them; bm25 then ranks first the articles that share the most and the rarest of them.
 */
export function anyWordsQuery(query: string): string | null {
  const terms = new Set<string>();
  for (const run of query.normalize('NFKC').toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) {
      const chars = [...run];
      if (chars.length === 1) terms.add(`"${chars[0]}"`);
      for (let i = 0; i + 1 < chars.length; i++) terms.add(`"${chars[i]} ${chars[i + 1]}"`);
    } else {
      terms.add(`"${run}"*`);
    }
  }
  // A long description is cut to its first terms: enough to rank by, bounded work.
  const kept = [...terms].slice(0, 60);
  return kept.length > 0 ? kept.join(' OR ') : null;
}

export interface ArticleSearchOptions {
  limit: number;
  includeDrafts: boolean;
  language: Language;
  /** all (the default): every word must match; any: ranked by how many match (see anyWordsQuery). */
  match?: 'all' | 'any';
}

/** The article ids that match, best first: published ones, then (when asked) drafts. */
export function searchArticleIds(db: Db, query: string, options: Pick<ArticleSearchOptions, 'limit' | 'includeDrafts' | 'match'>): number[] {
  const words = options.match === 'any' ? anyWordsQuery(query) : fulltextQuery(query);
  if (words === null) return [];
  const ids: number[] = [];
  for (const status of options.includeDrafts ? ['published', 'draft'] : ['published']) {
    const left = options.limit - ids.length;
    if (left <= 0) break;
    const match = `{title body tags} : (${words}) AND status : ${status}`;
    ids.push(...(sql(db, MATCH).all(match, left) as { id: number }[]).map((row) => row.id));
  }
  return ids;
}

export function searchArticles(db: Db, query: string, options: ArticleSearchOptions): ArticleSummary[] {
  const ids = searchArticleIds(db, query, options);
  const rows = articleRowsByIds(db, ids);
  return ids
    .map((id) => rows.get(id))
    .filter((row): row is ArticleRow => row !== undefined)
    .map((row) => {
      const content = visibleContent(db, row);
      return summaryOf(row, content, options.language, snippetOf(content, query, options.language));
    });
}
