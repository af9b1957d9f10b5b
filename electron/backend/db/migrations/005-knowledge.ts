// The knowledge base with its revisions and search index, difficult questions and suggestions.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    -- An article (知识库条目). Its text lives in its revisions: the newest is \`revision\`, the one agents see is
    -- \`published_revision\` (NULL for a draft). \`version\` is the optimistic-concurrency counter of every change.
    CREATE TABLE knowledge_articles (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('draft', 'published')),
      revision INTEGER NOT NULL,
      published_revision INTEGER,
      published_at INTEGER,
      published_by INTEGER REFERENCES users(id),
      use_count INTEGER NOT NULL DEFAULT 0,
      created_by INTEGER REFERENCES users(id),
      created_at INTEGER NOT NULL,
      updated_by INTEGER REFERENCES users(id),
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 0,
      CHECK ((state = 'published') = (published_revision IS NOT NULL))
    );
    CREATE INDEX knowledge_by_updated ON knowledge_articles (updated_at, id);
    CREATE INDEX knowledge_by_state ON knowledge_articles (state, updated_at, id);

    -- Every revision of every article, kept for ever: a language's columns are NULL when the article lacks it.
    CREATE TABLE knowledge_revisions (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES knowledge_articles(id),
      revision INTEGER NOT NULL,
      title_zh TEXT,
      question_zh TEXT,
      answer_zh TEXT,
      title_en TEXT,
      question_en TEXT,
      answer_en TEXT,
      product_tags TEXT NOT NULL DEFAULT '[]',
      category_tags TEXT NOT NULL DEFAULT '[]',
      note TEXT NOT NULL DEFAULT '',
      source_question_id INTEGER REFERENCES difficult_questions(id),
      created_by INTEGER REFERENCES users(id),
      created_at INTEGER NOT NULL,
      UNIQUE (article_id, revision),
      CHECK (title_zh IS NOT NULL OR title_en IS NOT NULL)
    );
    CREATE INDEX knowledge_revisions_by_question ON knowledge_revisions (source_question_id, article_id)
      WHERE source_question_id IS NOT NULL;
    CREATE TRIGGER knowledge_revisions_no_update BEFORE UPDATE ON knowledge_revisions
      BEGIN SELECT RAISE(ABORT, 'article revisions are kept as written'); END;
    CREATE TRIGGER knowledge_revisions_no_delete BEFORE DELETE ON knowledge_revisions
      BEGIN SELECT RAISE(ABORT, 'article revisions are kept as written'); END;

    -- The history of an article: created, edited, published, unpublished, with who and when.
    CREATE TABLE knowledge_changes (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES knowledge_articles(id),
      at INTEGER NOT NULL,
      user_id INTEGER REFERENCES users(id),
      kind TEXT NOT NULL CHECK (kind IN ('created', 'edited', 'published', 'unpublished')),
      revision INTEGER NOT NULL,
      note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX knowledge_changes_by_article ON knowledge_changes (article_id, id);

    -- The tags of each article's newest revision, for the list of tags in use.
    CREATE TABLE knowledge_tags (
      kind TEXT NOT NULL CHECK (kind IN ('product', 'category')),
      tag TEXT NOT NULL,
      article_id INTEGER NOT NULL REFERENCES knowledge_articles(id),
      PRIMARY KEY (kind, tag, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX knowledge_tags_by_article ON knowledge_tags (article_id);

    -- Calls answered from an article.
    CREATE TABLE knowledge_uses (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES knowledge_articles(id),
      request_id INTEGER NOT NULL REFERENCES requests(id),
      user_id INTEGER REFERENCES users(id),
      at INTEGER NOT NULL
    );
    CREATE INDEX knowledge_uses_by_article ON knowledge_uses (article_id, id);
    CREATE INDEX knowledge_uses_by_request ON knowledge_uses (request_id);

    -- Article search (see electron/backend/features/knowledge/search.ts): the text agents see (the published revision,
    -- or a draft's newest), segmented by lib/fulltext.ts so 1- and 2-character Chinese queries are phrase queries;
    -- \`status\` holds one token, published or draft. Contentless: the rowid is the article id.
    CREATE VIRTUAL TABLE knowledge_search USING fts5(
      title, body, tags, status,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );

    -- Difficult question records (疑难问题记录表).
    CREATE TABLE difficult_questions (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('open', 'answered', 'replied', 'closed')),
      caller_name TEXT NOT NULL DEFAULT '',
      caller_phone TEXT NOT NULL DEFAULT '',
      customer_id INTEGER REFERENCES customers(id),
      request_id INTEGER REFERENCES requests(id),
      question TEXT NOT NULL,
      reason_told TEXT NOT NULL DEFAULT '',
      reply_promised_at INTEGER NOT NULL,
      department_id INTEGER NOT NULL REFERENCES departments(id),
      due_at INTEGER NOT NULL,
      opened_by INTEGER REFERENCES users(id),
      opened_at INTEGER NOT NULL,
      answer TEXT NOT NULL DEFAULT '',
      answered_by INTEGER REFERENCES users(id),
      answered_at INTEGER,
      reply TEXT NOT NULL DEFAULT '',
      replied_by INTEGER REFERENCES users(id),
      replied_at INTEGER,
      article_id INTEGER REFERENCES knowledge_articles(id),
      article_revision INTEGER,
      no_article_reason TEXT NOT NULL DEFAULT '',
      closed_by INTEGER REFERENCES users(id),
      closed_at INTEGER,
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      CHECK (state <> 'closed' OR article_id IS NOT NULL OR no_article_reason <> '')
    );
    CREATE INDEX questions_by_state ON difficult_questions (state, id);
    CREATE INDEX questions_by_department ON difficult_questions (department_id, id);
    CREATE INDEX questions_by_department_state ON difficult_questions (department_id, state, id);
    CREATE INDEX questions_by_customer ON difficult_questions (customer_id, id) WHERE customer_id IS NOT NULL;
    CREATE INDEX questions_by_request ON difficult_questions (request_id, id) WHERE request_id IS NOT NULL;
    CREATE INDEX questions_awaiting_answer ON difficult_questions (due_at, id) WHERE state = 'open';
    CREATE INDEX questions_awaiting_answer_by_department ON difficult_questions (department_id, due_at, id) WHERE state = 'open';

    -- Customer suggestions (客户建议记录单).
    CREATE TABLE suggestions (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('recorded', 'forwarded', 'answered', 'closed')),
      channel TEXT NOT NULL,
      caller_name TEXT NOT NULL DEFAULT '',
      caller_phone TEXT NOT NULL DEFAULT '',
      customer_id INTEGER REFERENCES customers(id),
      request_id INTEGER REFERENCES requests(id),
      content TEXT NOT NULL,
      recorded_by INTEGER REFERENCES users(id),
      recorded_at INTEGER NOT NULL,
      department_id INTEGER REFERENCES departments(id),
      forwarded_by INTEGER REFERENCES users(id),
      forwarded_at INTEGER,
      due_at INTEGER,
      answer TEXT NOT NULL DEFAULT '',
      answered_by INTEGER REFERENCES users(id),
      answered_at INTEGER,
      closing_note TEXT NOT NULL DEFAULT '',
      closed_by INTEGER REFERENCES users(id),
      closed_at INTEGER,
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX suggestions_by_state ON suggestions (state, id);
    CREATE INDEX suggestions_by_department ON suggestions (department_id, id) WHERE department_id IS NOT NULL;
    CREATE INDEX suggestions_by_department_state ON suggestions (department_id, state, id) WHERE department_id IS NOT NULL;
    CREATE INDEX suggestions_by_customer ON suggestions (customer_id, id) WHERE customer_id IS NOT NULL;
    CREATE INDEX suggestions_by_request ON suggestions (request_id, id) WHERE request_id IS NOT NULL;
    CREATE INDEX suggestions_awaiting_answer ON suggestions (due_at, id) WHERE state = 'forwarded';
    CREATE INDEX suggestions_awaiting_answer_by_department ON suggestions (department_id, due_at, id) WHERE state = 'forwarded';
  `);
}
