// The knowledge base's search and pages, and the lists of difficult questions and suggestions, read through indexes
// only: EXPLAIN QUERY PLAN of every statement they run, on a populated database with and without ANALYZE, shows no
// SCAN of a table (an FTS5 MATCH is reported as a SCAN of the virtual table through its index, and is allowed), and
// the lists never sort all the rows their filters match.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeStatements, openDatabase, type Db } from '../../db/connection';
import { listCursorOf } from '../../lib/keyset';
import { migrate } from '../../db/migrate';
import { findQuestion, listQuestions } from '../questions/repository';
import { findSuggestion, listSuggestions } from '../suggestions/repository';
import { addArticles } from './bulk';
import { articleHistory, articlesFromQuestion, findArticle, listArticleRows, tagsInUse } from './repository';
import { searchArticles } from './search';
import { articleUses } from './uses';

const NOW = Date.UTC(2026, 10, 20, 2);
const PRODUCTS = ['UPS', '精密空调', '网络摄像机', '硬盘录像机', '核心交换机', '门禁一体机'];
const TOPICS = ['无法开机', '告警', '画面模糊', '端口不通', '读卡无反应', '电池老化', 'fan failure', 'firmware upgrade'];

let dir: string;
let db: Db;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aftersales-knowledge-plan-'));
  db = openDatabase(join(dir, 'test.sqlite'));
  migrate(db, { now: () => NOW });
  addArticles(
    db,
    Array.from({ length: 1500 }, (_, i) => {
      const product = PRODUCTS[i % PRODUCTS.length]!;
      const topic = TOPICS[i % TOPICS.length]!;
      return {
        zh: { title: `${product}${topic}处理方法 ${i}`, question: `${product}出现${topic}怎么办？`, answer: `请先检查电源与线缆，再重启${product}。编号 ${i}。` },
        en: i % 2 === 0 ? { title: `${product} ${topic} ${i}`, question: '', answer: `Check the power and cables, then restart. Case ${i}.` } : null,
        productTags: [product],
        categoryTags: ['安防监控'],
        published: i % 4 !== 0,
      };
    }),
    null,
    NOW,
  );
  db.transaction(() => {
    const question = db.prepare(
      `INSERT INTO difficult_questions (number, state, question, reply_promised_at, department_id, due_at, opened_at, answer, answered_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const suggestion = db.prepare(
      `INSERT INTO suggestions (number, state, channel, content, recorded_at, department_id, due_at, created_at, updated_at)
       VALUES (?, ?, 'hotline', ?, ?, ?, ?, ?, ?)`,
    );
    const states = ['open', 'answered', 'replied'] as const;
    const suggestionStates = ['recorded', 'forwarded', 'answered', 'closed'] as const;
    for (let i = 0; i < 3000; i++) {
      const at = NOW - i * 3_600_000;
      const state = states[i % 3]!;
      question.run(`YN-${i}`, state, `问题 ${i}`, at + 86_400_000, (i % 5) + 1, at + 86_400_000, at, state === 'open' ? '' : '答复', state === 'open' ? null : at, at, at);
      const sState = suggestionStates[i % 4]!;
      suggestion.run(`JY-${i}`, sState, `建议 ${i}`, at, sState === 'recorded' ? null : (i % 5) + 1, sState === 'recorded' ? null : at + 5 * 86_400_000, at, at);
    }
  })();
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERIES = ['电', '电池', '告警', 'UPS', 'ups', 'fan', 'firmw', 'restart case', '无法开机 重启', '精密空调', 'zzz', '!!!'];

function runEverything(): Map<string, { text: string; params: unknown[] }> {
  const statements = new Map<string, { text: string; params: unknown[] }>();
  const stop = observeStatements((text, params) => statements.set(JSON.stringify([text, params]), { text, params }));
  try {
    for (const query of QUERIES) {
      for (const includeDrafts of [false, true]) searchArticles(db, query, { limit: 20, includeDrafts, language: 'zh-CN' });
    }
    for (const state of [undefined, 'draft', 'published'] as const) {
      const first = listArticleRows(db, state, null, 50);
      listArticleRows(db, state, { at: first.at(-1)!.updated_at, id: first.at(-1)!.id }, 50);
    }
    for (const id of [1, 700, 1500]) {
      findArticle(db, id);
      articleHistory(db, id);
      articleUses(db, id, 20);
    }
    tagsInUse(db);
    articlesFromQuestion(db, 5);
    const filters = [
      {},
      { state: 'open' as const },
      { departmentId: 2 },
      { departmentId: 2, state: 'answered' as const },
      { customerId: 1 },
      { requestId: 1 },
      { overdue: true },
      { overdue: true, departmentId: 3 },
    ];
    for (const filter of filters) {
      const page = listQuestions(db, filter, null, 51, NOW);
      const last = page.at(-1);
      listQuestions(db, filter, last ? listCursorOf(last, filter.overdue) : null, 51, NOW);
      const { state, requestId: _notAFilterOfSuggestions, ...others } = filter;
      listSuggestions(db, { ...others, ...(state !== undefined && { state: 'forwarded' as const }) }, { key: NOW, id: 2000 }, 51, NOW);
    }
    findQuestion(db, 10, NOW);
    findSuggestion(db, 10, NOW);
  } finally {
    stop();
  }
  return statements;
}

function expectIndexedOnly(): void {
  const statements = runEverything();
  expect(statements.size).toBeGreaterThan(30);
  for (const { text, params } of statements.values()) {
    const details = (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(params as never[])) as { detail: string }[]).map((row) => row.detail);
    const scans = details.filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE INDEX \d+:M/.test(d) && !/^SCAN (j|json_each)\b/.test(d));
    expect(scans, `${text}\n${details.join('\n')}`).toEqual([]);
    // The lists page by keyset along an index: never a sort of everything that matches the filters.
    if (/FROM (difficult_questions q|suggestions s|knowledge_articles WHERE)/.test(text)) {
      expect(details.join('\n'), text).not.toMatch(/TEMP B-TREE/);
    }
  }
}

describe('query plans of the knowledge base, difficult questions and suggestions', () => {
  it('use indexes only, without statistics', () => {
    expectIndexedOnly();
  });

  it('use indexes only after ANALYZE', () => {
    db.exec('ANALYZE');
    expectIndexedOnly();
  });
});
