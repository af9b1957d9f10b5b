// The knowledge base (知识库).
import { KNOWLEDGE_PUBLISHERS, type knowledgeApi } from '../../../../shared/api/knowledge';
import type { ArticleContent } from '../../../../shared/api/knowledge';
import { mayCall } from '../../../../shared/api/define';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { sql } from '../../db/connection';
import { DomainError, fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { nextInSequence } from '../../lib/numbers';
import { appendServiceLog } from '../../records/service-log';
import { decodeListCursor, encodeListCursor } from '../../lib/keyset';
import { linkableRequest } from '../../records/links';
import {
  articleHistory,
  articleNumber,
  findArticle,
  findArticleRow,
  insertArticle,
  insertRevision,
  listArticleRows,
  recordChange,
  replaceTags,
  summaryOf,
  tagsInUse,
  titleFor,
  updateArticleColumns,
  visibleContent,
} from './repository';
import { refreshArticleSearch, searchArticles } from './search';
import { articleUses, recordArticleUse } from './uses';

function existingArticle(ctx: HandlerContext, id: number) {
  const article = findArticle(ctx.db, id);
  if (!article) throw notFound('Article', id);
  return article;
}

function requirePublisher(ctx: HandlerContext): void {
  if (!mayCall(KNOWLEDGE_PUBLISHERS, signedIn(ctx).roles)) {
    throw new DomainError('forbidden', 'Only a seat manager, information manager or supervisor publishes articles', 'knowledge.publishNotPermitted');
  }
}

/** A question an article is written from must have its department's answer already. */
function answeredQuestion(ctx: HandlerContext, questionId: number | undefined): number | null {
  if (questionId === undefined) return null;
  const row = sql(ctx.db, 'SELECT answered_at FROM difficult_questions WHERE id = ?').get(questionId) as { answered_at: number | null } | undefined;
  if (!row || row.answered_at === null) {
    throw fieldInvalid('fromQuestionId', 'validation.questionNotAnswered', `Question ${questionId} does not exist or has no answer yet`);
  }
  return questionId;
}

const distinct = (tags: readonly string[] | undefined) => [...new Set(tags ?? [])];

/** Marks a revision published, in the same update that made it or on its own. */
function publishedColumns(revision: number, userId: number, now: number) {
  return { state: 'published' as const, published_revision: revision, published_at: now, published_by: userId };
}

export const knowledgeHandlers = {
  'knowledge.search': (ctx, input) => ({
    items: searchArticles(ctx.db, input.query, {
      limit: input.limit ?? 20,
      includeDrafts: input.includeDrafts ?? false,
      language: input.language ?? 'zh-CN',
      match: input.match ?? 'all',
    }),
  }),

  'knowledge.list': (ctx, input) => {
    const limit = input.limit ?? 50;
    const cursor = decodeListCursor(input.after);
    const rows = listArticleRows(ctx.db, input.state, cursor ? { at: cursor.key, id: cursor.id } : null, limit + 1);
    const page = rows.slice(0, limit);
    const language = input.language ?? 'zh-CN';
    const last = page[page.length - 1];
    return {
      items: page.map((row) => summaryOf(row, visibleContent(ctx.db, row), language)),
      nextCursor: rows.length > limit && last ? encodeListCursor(last.updated_at, last.id) : null,
    };
  },

  'knowledge.tags': (ctx) => tagsInUse(ctx.db),

  'knowledge.get': (ctx, input) => existingArticle(ctx, input.id),

  'knowledge.history': (ctx, input) => {
    existingArticle(ctx, input.id);
    return articleHistory(ctx.db, input.id);
  },

  'knowledge.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      if (input.publish) requirePublisher(ctx);
      const sourceQuestionId = answeredQuestion(ctx, input.fromQuestionId);
      const now = ctx.now();
      const content: ArticleContent = {
        zh: input.zh ?? null,
        en: input.en ?? null,
        productTags: distinct(input.productTags),
        categoryTags: distinct(input.categoryTags),
      };
      const id = insertArticle(ctx.db, articleNumber(nextInSequence(ctx.db, 'article')), me.id, now);
      const note = input.note ?? '';
      insertRevision(ctx.db, id, 1, { ...content, note, sourceQuestionId }, me.id, now);
      recordChange(ctx.db, id, 'created', 1, me.id, note, now);
      if (input.publish) {
        if (!updateArticleColumns(ctx.db, id, 0, publishedColumns(1, me.id, now), now)) throw staleVersion('The article');
        recordChange(ctx.db, id, 'published', 1, me.id, '', now);
      }
      replaceTags(ctx.db, id, content);
      refreshArticleSearch(ctx.db, id);
      const created = findArticle(ctx.db, id)!;
      ctx.audit({ entity: 'article', entityId: id, after: created });
      return created;
    }),

  'knowledge.update': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const before = existingArticle(ctx, input.id);
      if (input.publish) requirePublisher(ctx);
      const sourceQuestionId = answeredQuestion(ctx, input.fromQuestionId);
      const now = ctx.now();
      const content: ArticleContent = {
        zh: input.zh === undefined ? before.zh : input.zh,
        en: input.en === undefined ? before.en : input.en,
        productTags: input.productTags === undefined ? before.productTags : distinct(input.productTags),
        categoryTags: input.categoryTags === undefined ? before.categoryTags : distinct(input.categoryTags),
      };
      if (content.zh === null && content.en === null) {
        throw fieldInvalid('zh', 'validation.articleLanguageRequired', 'An article keeps a Chinese or an English text');
      }
      const revision = before.revision + 1;
      const columns = { revision, updated_by: me.id, ...(input.publish && publishedColumns(revision, me.id, now)) };
      if (!updateArticleColumns(ctx.db, input.id, input.version, columns, now)) throw staleVersion('The article');
      const note = input.note ?? '';
      insertRevision(ctx.db, input.id, revision, { ...content, note, sourceQuestionId }, me.id, now);
      recordChange(ctx.db, input.id, 'edited', revision, me.id, note, now);
      if (input.publish) recordChange(ctx.db, input.id, 'published', revision, me.id, '', now);
      replaceTags(ctx.db, input.id, content);
      refreshArticleSearch(ctx.db, input.id);
      const after = findArticle(ctx.db, input.id)!;
      ctx.audit({ entity: 'article', entityId: input.id, before, after });
      return after;
    }),

  'knowledge.publish': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const before = existingArticle(ctx, input.id);
      if (before.publishedRevision === before.revision) {
        throw invalidState(`Article ${before.number} is published as it is`, 'knowledge.alreadyPublished');
      }
      const now = ctx.now();
      if (!updateArticleColumns(ctx.db, input.id, input.version, { ...publishedColumns(before.revision, me.id, now), updated_by: me.id }, now)) {
        throw staleVersion('The article');
      }
      recordChange(ctx.db, input.id, 'published', before.revision, me.id, '', now);
      refreshArticleSearch(ctx.db, input.id);
      const after = findArticle(ctx.db, input.id)!;
      ctx.audit({ entity: 'article', entityId: input.id, before, after });
      return after;
    }),

  'knowledge.unpublish': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const before = existingArticle(ctx, input.id);
      if (before.state !== 'published') throw invalidState(`Article ${before.number} is not published`, 'knowledge.notPublished');
      const now = ctx.now();
      const columns = { state: 'draft' as const, published_revision: null, published_at: null, published_by: null, updated_by: me.id };
      if (!updateArticleColumns(ctx.db, input.id, input.version, columns, now)) throw staleVersion('The article');
      recordChange(ctx.db, input.id, 'unpublished', before.publishedRevision ?? before.revision, me.id, input.reason ?? '', now);
      refreshArticleSearch(ctx.db, input.id);
      const after = findArticle(ctx.db, input.id)!;
      ctx.audit({ entity: 'article', entityId: input.id, before, after });
      return after;
    }),

  'knowledge.recordUse': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const request = linkableRequest(ctx.db, input.requestId)!;
      const row = findArticleRow(ctx.db, input.articleId);
      if (!row) throw notFound('Article', input.articleId);
      const now = ctx.now();
      const useCount = recordArticleUse(ctx.db, { articleId: row.id, requestId: request.id, userId: me.id, at: now });
      appendServiceLog(ctx.db, {
        requestId: request.id,
        at: now,
        userId: me.id,
        kind: 'knowledge.used',
        details: { articleId: row.id, number: row.number, title: titleFor(visibleContent(ctx.db, row), 'zh-CN') },
      });
      ctx.audit({ entity: 'article', entityId: row.id, after: { used: true, requestId: request.id, useCount } });
      return { useCount };
    }),

  'knowledge.usedBy': (ctx, input) => {
    const row = findArticleRow(ctx.db, input.articleId);
    if (!row) throw notFound('Article', input.articleId);
    return { items: articleUses(ctx.db, row.id, input.limit ?? 20), total: row.use_count };
  },
} satisfies HandlersOf<typeof knowledgeApi>;
