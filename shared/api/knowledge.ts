// The knowledge base (知识库): articles with a title, question and answer in Chinese and/or English, product and
// category tags, draft or published, every revision kept; found by the Chinese-aware full-text search.
import { z } from 'zod';
import { method } from './define';
import { idSchema, LANGUAGES, versionSchema } from './common';
import type { Role } from './roles';

/**
 * Who writes: the hotline proposes drafts (an agent writes what a department answered), its managers and the
 * information manager keep the base. Who publishes (what agents read out to callers): the seat manager, the
 * information manager and the supervisor.
 */
export const KNOWLEDGE_AUTHORS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'supervisor'];
export const KNOWLEDGE_PUBLISHERS: readonly Role[] = ['seat_manager', 'info_manager', 'supervisor'];
/** Who records that a call was answered from an article: whoever logs calls. */
export const KNOWLEDGE_USERS: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];

export const ARTICLE_STATES = ['draft', 'published'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];
export const ARTICLE_CHANGE_KINDS = ['created', 'edited', 'published', 'unpublished'] as const;
export type ArticleChangeKind = (typeof ARTICLE_CHANGE_KINDS)[number];

export interface ArticleText {
  title: string;
  /** The question as callers ask it; may be empty when the title says it. */
  question: string;
  answer: string;
}

export interface ArticleContent {
  /** The Chinese text (zh-CN), or null when the article has only English. */
  zh: ArticleText | null;
  en: ArticleText | null;
  productTags: string[];
  categoryTags: string[];
}

export interface QuestionRef {
  id: number;
  number: string;
}

export interface Article extends ArticleContent {
  id: number;
  /** ZS-000001. */
  number: string;
  /** Published: agents see it when answering calls. */
  state: ArticleState;
  /** The newest revision, whose content is above. */
  revision: number;
  /** The revision agents see; null for a draft. Lower than `revision` when newer changes await publishing. */
  publishedRevision: number | null;
  /** The text agents see when it differs from the newest revision; null otherwise. */
  publishedContent: ArticleContent | null;
  useCount: number;
  createdAt: number;
  createdByName: string | null;
  updatedAt: number;
  updatedByName: string | null;
  publishedAt: number | null;
  publishedByName: string | null;
  /** The difficult questions whose answers revisions of this article were written from. */
  sourceQuestions: QuestionRef[];
  version: number;
}

export interface ArticleSummary {
  id: number;
  number: string;
  state: ArticleState;
  /** In the language asked for when the article has it, else the other. */
  title: string;
  titleZh: string | null;
  titleEn: string | null;
  /** For search results: the passage of the answer or question around the words found. */
  snippet?: string;
  productTags: string[];
  categoryTags: string[];
  /** Newer changes than the published text wait for publishing. */
  pendingChanges: boolean;
  useCount: number;
  updatedAt: number;
}

export interface ArticleRevision extends ArticleContent {
  revision: number;
  at: number;
  byName: string | null;
  /** What the author said the change was. */
  note: string;
  fromQuestion: QuestionRef | null;
}

export interface ArticleChange {
  id: number;
  at: number;
  byName: string | null;
  kind: ArticleChangeKind;
  /** The revision made (created, edited), published or withdrawn. */
  revision: number;
  note: string;
}

export interface ArticleUse {
  requestId: number;
  requestNumber: string;
  at: number;
  byName: string | null;
}

const line = (max: number) => z.string().trim().max(max);
export const articleTextSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  question: line(4000).default(''),
  answer: z.string().trim().min(1).max(20000),
});
const tagsSchema = z.array(z.string().trim().min(1).max(40)).max(20);
const noteSchema = line(500);

const oneLanguage = { message: 'validation.articleLanguageRequired', path: ['zh'] };

export const knowledgeApi = {
  'knowledge.search': method<{ items: ArticleSummary[] }>()({
    summary:
      'Articles holding all the words typed, Chinese (one character too) or English (by prefix), in the title, question, answer or tags; ranked by relevance with the title weighted most. Published articles only unless `includeDrafts` (then published first). `language` picks the title and snippet shown. `match: any` takes a sentence (a request\'s subject) and ranks the articles sharing most of its words first.',
    input: z.strictObject({
      query: z.string().max(1000),
      match: z.enum(['all', 'any']).optional(),
      limit: z.number().int().min(1).max(50).optional(),
      includeDrafts: z.boolean().optional(),
      language: z.enum(LANGUAGES).optional(),
    }),
    access: 'signedIn',
    kind: 'read',
  }),
  'knowledge.list': method<{ items: ArticleSummary[]; nextCursor: string | null }>()({
    summary: 'Articles, most recently changed first, page by page (keyset); only drafts or only published ones when asked.',
    input: z.strictObject({
      state: z.enum(ARTICLE_STATES).optional(),
      language: z.enum(LANGUAGES).optional(),
      after: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
    access: 'signedIn',
    kind: 'read',
  }),
  'knowledge.tags': method<{ products: string[]; categories: string[] }>()({
    summary: 'The product and category tags in use, for the editor and filters.',
    input: z.strictObject({}),
    access: 'signedIn',
    kind: 'read',
  }),
  'knowledge.get': method<Article>()({
    summary: 'An article: its newest revision, the published text when it differs, who wrote and published it, and how often it answered a call.',
    input: z.strictObject({ id: idSchema }),
    access: 'signedIn',
    kind: 'read',
  }),
  'knowledge.history': method<{ changes: ArticleChange[]; revisions: ArticleRevision[] }>()({
    summary: 'Every change of an article (created, edited, published, withdrawn) with who and when, and the full text of every revision, newest first.',
    input: z.strictObject({ id: idSchema }),
    access: 'signedIn',
    kind: 'read',
  }),
  'knowledge.create': method<Article>()({
    summary:
      'Writes a new article (number ZS-NNNNNN) in Chinese and/or English, as a draft. `fromQuestionId` records the difficult question whose answer it was written from; `publish` publishes it at once (publishers only).',
    input: z
      .strictObject({
        zh: articleTextSchema.nullable().optional(),
        en: articleTextSchema.nullable().optional(),
        productTags: tagsSchema.optional(),
        categoryTags: tagsSchema.optional(),
        note: noteSchema.optional(),
        fromQuestionId: idSchema.optional(),
        publish: z.boolean().optional(),
      })
      .refine((v) => !!v.zh || !!v.en, oneLanguage),
    access: KNOWLEDGE_AUTHORS,
    kind: 'write',
  }),
  'knowledge.update': method<Article>()({
    summary:
      'Saves a new revision of an article (the old ones are kept). A language given as null removes that text; one left out stays. A published article keeps showing its published text until the new revision is published. Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      zh: articleTextSchema.nullable().optional(),
      en: articleTextSchema.nullable().optional(),
      productTags: tagsSchema.optional(),
      categoryTags: tagsSchema.optional(),
      note: noteSchema.optional(),
      fromQuestionId: idSchema.optional(),
      publish: z.boolean().optional(),
    }),
    access: KNOWLEDGE_AUTHORS,
    kind: 'write',
  }),
  'knowledge.publish': method<Article>()({
    summary: 'Publishes the newest revision: agents see it from now on. Names the version it read.',
    input: z.strictObject({ id: idSchema, version: versionSchema }),
    access: KNOWLEDGE_PUBLISHERS,
    kind: 'write',
  }),
  'knowledge.unpublish': method<Article>()({
    summary: 'Withdraws an article from the agents (it becomes a draft again), with the reason. Names the version it read.',
    input: z.strictObject({ id: idSchema, version: versionSchema, reason: noteSchema.optional() }),
    access: KNOWLEDGE_PUBLISHERS,
    kind: 'write',
  }),
  'knowledge.recordUse': method<{ useCount: number }>()({
    summary: "Records that a request's caller was answered from this article (and says so in the request's service log).",
    input: z.strictObject({ articleId: idSchema, requestId: idSchema }),
    access: KNOWLEDGE_USERS,
    kind: 'write',
  }),
  'knowledge.usedBy': method<{ items: ArticleUse[]; total: number }>()({
    summary: 'The requests answered from an article, newest first.',
    input: z.strictObject({ articleId: idSchema, limit: z.number().int().min(1).max(100).optional() }),
    access: ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'supervisor'],
    kind: 'read',
  }),
};
