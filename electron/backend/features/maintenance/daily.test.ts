// The back end makes the due inspections by itself: a few seconds after it starts (and every hour after), with no one
// signed in — the work order and the audit rows say no user, and every desk is told, as of any write, by nobody.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../..';
import { createTestBackend, makeTempDir, TEST_COST_LOG2 } from '../../testing/fixture';
import type { ChangeNotice } from '../../../../shared/live';
import type { SessionContext } from '../auth/sessions';

const opened: Backend[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const b of opened.splice(0)) b.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the daily inspections', () => {
  it('are made when the back end starts, by no user, and every desk is told', async () => {
    const dataDir = makeTempDir('aftersales-daily-inspections-');
    dirs.push(dataDir);
    const t = await createTestBackend({ dataDir });
    const planner = await t.signInAs(['supervisor']);
    const agent = await t.signInAs(['agent']);
    const customer = await t.expectOk(agent, 'customers.create', { name: '杭州西湖数据中心', kind: 'organization', contacts: [{ name: '沈工', phones: ['0571-8888 6666'] }] });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now());
    await t.expectOk(planner, 'maintenance.createPlan', { customerId: customer.id, intervalDays: 30, nextDueDate: today });
    t.close();
    const backend = createBackend({ dataDir, passwordCostLog2: TEST_COST_LOG2, logError: (error) => console.error(error) });
    opened.push(backend);
    const notices: Array<[ChangeNotice, SessionContext]> = [];
    backend.events.on('changed', (notice, session) => notices.push([notice, session]));
    const side = () => {
      const t2 = new Database(backend.databaseFile, { readonly: true });
      try {
        return t2.prepare("SELECT kind, state, created_by FROM work_orders WHERE plan_id IS NOT NULL").all();
      } finally {
        t2.close();
      }
    };
    const deadline = Date.now() + 15_000;
    while (side().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(side()).toEqual([{ kind: 'inspection', state: 'draft', created_by: null }]);
    // No desk's session wrote it, so no desk is left out (a stream skips only its own session's writes).
    expect(notices).toEqual([[{ method: 'maintenance.createDue', byName: null, at: expect.any(Number), record: null }, { token: null }]]);
  }, 30_000);
});
