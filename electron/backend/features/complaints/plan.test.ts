// A form's page, the lists (every filter, first and next page), the deadline board's part and the register read through
// indexes only: EXPLAIN QUERY PLAN of every statement these calls run through invoke, on a year of complaint forms
// with their steps, with and without ANALYZE, shows no SCAN of a large table, and the lists and the register never
// sort all the rows they match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeStatements } from '../../db/connection';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { nameKey } from '../../../../shared/customers/text';
import type { ApiInput } from '../../../../shared/api';
import { COMPLAINT_STATES } from '../../../../shared/complaints/route';
import { writeComplaintHistory, type History } from './history-fixture';

const LARGE_TABLES = /^SCAN (c|s|cu|u|r|complaints|complaint_steps|customers|requests|users|service_log|timeline_events|audit_log)\b/;
const DAY = 86_400_000;

let t: TestBackend;
let history: History;
let supervisor: SessionContext;
let replyAgent: SessionContext;
let departments: number[];
let customerWithForms: number;

beforeAll(async () => {
  // An internal error shows its cause rather than only "internal".
  t = await createTestBackend({ logError: (error) => console.error(error) });
  const agents = await Promise.all([t.createUser(['agent']), t.createUser(['agent']), t.createUser(['agent'])]);
  const [seat, info, manager] = [await t.createUser(['seat_manager']), await t.createUser(['info_manager']), await t.createUser(['dept_manager'])];
  supervisor = await t.signInAs(['supervisor']);
  replyAgent = await t.signIn(agents[0]!.username);
  departments = (await t.expectOk(t.admin, 'departments.list', {})).items.map((d) => d.id);

  const db = t.openSideConnection();
  try {
    const now = t.clock.now();
    const customerIds = db.transaction(() => {
      const insert = db.prepare(
        `INSERT INTO customers (code, name, name_key, kind, created_at, updated_at) VALUES (?, ?, ?, 'organization', ?, ?)`,
      );
      return Array.from({ length: 600 }, (_, i) => {
        const name = `${['杭州', '宁波', '温州'][i % 3]}第${i}人民医院`;
        return Number(insert.run(`KH-${String(i + 1).padStart(6, '0')}`, name, nameKey(name), now, now).lastInsertRowid);
      });
    })();
    let seed = 5;
    history = writeComplaintHistory(db, {
      complaints: 4000,
      from: now - 365 * DAY,
      to: now,
      now,
      customerIds,
      requestShare: 0.4,
      people: { agents: agents.map((a) => a.id), seatManager: seat.id, infoManager: info.id, deptManager: manager.id },
      random: () => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        return seed / 2 ** 32;
      },
    });
    customerWithForms = db.prepare('SELECT customer_id FROM complaints ORDER BY id DESC LIMIT 1').pluck().get() as number;
  } finally {
    db.close();
  }
});
afterAll(() => t.close());

type ListInput = ApiInput<'complaints.list'>;

async function runEverything(): Promise<Array<{ text: string; params: unknown[] }>> {
  const statements = new Map<string, { text: string; params: unknown[] }>();
  const stop = observeStatements((text, params) => statements.set(JSON.stringify([text, params]), { text, params }));
  try {
    const ids = history.complaintIds;
    for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) await t.expectOk(supervisor, 'complaints.get', { id });
    const requestId = history.requestIds.at(-1)!;
    const filters: Array<[SessionContext, ListInput]> = [
      [supervisor, {}],
      ...COMPLAINT_STATES.map((state): [SessionContext, ListInput] => [supervisor, { state }]),
      [supervisor, { departmentId: departments[1]! }],
      [supervisor, { departmentId: departments.at(-1)!, state: 'sent' }],
      [supervisor, { customerId: customerWithForms }],
      [supervisor, { requestId }],
      [replyAgent, { mine: true }],
      [supervisor, { overdue: true }],
      [supervisor, { overdue: true, departmentId: departments.at(-1)! }],
      [supervisor, { overdue: true, state: 'sent' }],
    ];
    for (const [session, filter] of filters) {
      const first = await t.expectOk(session, 'complaints.list', { ...filter, limit: 5 });
      if (first.nextCursor) await t.expectOk(session, 'complaints.list', { ...filter, limit: 5, after: first.nextCursor });
    }
    await t.expectOk(supervisor, 'complaints.due', { limit: 200 });
    for (const unit of [undefined, departments[0]!, departments.at(-1)!]) {
      for (const state of [undefined, 'filed', 'sent'] as const) {
        await t.expectOk(supervisor, 'complaints.register', {
          from: '2026-07-01',
          to: '2026-09-30',
          ...(unit !== undefined && { departmentId: unit }),
          ...(state !== undefined && { state }),
        });
      }
    }
  } finally {
    stop();
  }
  return [...statements.values()];
}

async function expectIndexedOnly(): Promise<void> {
  const statements = await runEverything();
  expect(statements.length).toBeGreaterThan(25);
  expect(statements.some(({ text }) => /FROM complaints c INDEXED BY complaints_awaiting/.test(text))).toBe(true);
  expect(statements.some(({ text }) => /FROM complaint_steps/.test(text))).toBe(true);
  const db = t.openSideConnection();
  try {
    for (const { text, params } of statements) {
      // Writes are not planned here; the seals' queue is a TEMP table of the writing connection alone.
      if (/^\s*(INSERT|UPDATE|DELETE)/i.test(text) || /\btemp\./.test(text)) continue;
      const details = (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(params as never[])) as { detail: string }[]).map((row) => row.detail);
      expect(details.filter((d) => LARGE_TABLES.test(d)), `${text}\n${details.join('\n')}`).toEqual([]);
      // Lists page along an index, and the register reads the range in its order: never a sort of every match.
      if (/FROM complaints c/.test(text)) expect(details.join('\n'), text).not.toMatch(/TEMP B-TREE/);
    }
  } finally {
    db.close();
  }
}

describe('query plans of complaint forms: the page, the lists, the board, the register', () => {
  it('has a history to plan against: every state, steps for each form', () => {
    expect(history.complaintIds.length).toBe(4000);
    expect(history.steps / history.complaintIds.length).toBeGreaterThan(6);
    for (const state of ['filled', 'reviewed', 'sent', 'reply_assigned', 'filed'] as const) expect(history.states[state] ?? 0, state).toBeGreaterThan(0);
  });

  it('uses indexes only, without statistics', async () => {
    await expectIndexedOnly();
  });

  it('uses indexes only after ANALYZE', async () => {
    const db = t.openSideConnection();
    db.exec('ANALYZE');
    db.close();
    await expectIndexedOnly();
  });
});
