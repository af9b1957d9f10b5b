// The demo's field work, seeded with the whole demo: work orders at several states on the demo's fault reports (one
// signed off with parts used and returned and a drawn signature, one on site, one late, one draft, and the past week's
// repairs completed, most signed off), the parts traced to them in the store's ledger, their steps in the requests'
// service logs and the units' repair archive, and an inspection of a due maintenance plan on the dedicated maintainer's
// list.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import { makeTempDir, TEST_COST_LOG2 } from '../testing/fixture';
import { DEMO_REPAIRS } from './repairs';
import { DEMO_PASSWORD, seedDemoData } from './seed';

let backend: Backend;
let dataDir: string;
beforeAll(async () => {
  dataDir = makeTempDir('aftersales-demo-field-');
  backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2, logError: (error) => console.error(error) });
  await seedDemoData(backend);
}, 120_000);
afterAll(() => {
  backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(username: string) {
  const session = backend.newSession();
  const call = async <M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
  await call('auth.login', { username, password: DEMO_PASSWORD });
  return call;
}

describe('demo field work', () => {
  it('has work orders at several states, the late one first on the board, and an inspection on the maintainer’s list', async () => {
    const seat = await signedIn('seat');
    const board = await seat('workOrders.board', {});
    expect(board.counts, JSON.stringify(board.items.map((w) => [w.number, w.state, w.subject]))).toMatchObject({ draft: 1, on_site: 1 });
    expect(board.counts.dispatched).toBeGreaterThanOrEqual(2);
    expect(board.items[0]).toMatchObject({ kind: 'repair', state: 'dispatched', late: true });
    expect(board.items.some((w) => w.kind === 'inspection' && w.state === 'dispatched')).toBe(true);
    // The visit signed off today, and the past week's repairs (./repairs.ts), most of them signed off too.
    const finished = await seat('workOrders.board', { state: 'signed_off' });
    expect(finished.items).toHaveLength(1 + DEMO_REPAIRS.filter((repair) => repair.signed).length);
    const tech = await signedIn('tech');
    const mine = await tech('workOrders.mine', {});
    expect(mine.finished[0]).toMatchObject({ state: 'signed_off', subject: '市电断电演练时 UPS 只撑了 6 分钟，设计为 30 分钟。' });
    expect(mine.finished.every((w) => w.state === 'signed_off' || w.state === 'completed')).toBe(true);
    expect([...mine.earlier, ...mine.today, ...mine.upcoming].some((w) => w.kind === 'inspection')).toBe(true);
    const plans = await seat('maintenance.plans', {});
    expect(plans).toHaveLength(2);
    expect(plans.every((plan) => plan.maintainerName !== null)).toBe(true);
  });

  it('tells the signed-off visit everywhere: its parts in the ledger, the request solved, the service log and the unit’s archive', async () => {
    const seat = await signedIn('seat');
    // Today's visit: the technician's last finished (the past week's repairs come after it).
    const id = (await (await signedIn('tech'))('workOrders.mine', {})).finished[0]!.id;
    const order = await seat('workOrders.get', { id });
    expect(order.signature).toMatch(/^data:image\/png;base64,/);
    expect(order.partsUsed.map((u) => [u.code, u.used])).toEqual([
      ['DC-12V100', 4],
      ['RDQ-RT18-32A', 1],
    ]);
    expect(order.partMovements.map((m) => m.kind)).toEqual(['issue', 'issue', 'return']);
    const clerk = await signedIn('clerk');
    const history = await clerk('stock.history', { sourceKind: 'work_order', sourceId: id, limit: 50 });
    expect(history.items.map((m) => m.source)).toEqual(Array(3).fill({ kind: 'work_order', id, number: order.number }));
    const { request, log } = await seat('requests.get', { id: order.requestId! });
    expect(request).toMatchObject({ state: 'awaiting_confirmation', arrivedAt: order.arrivedAt, solvedAt: order.completedAt });
    expect(log.filter((l) => l.kind.startsWith('workOrder.')).map((l) => l.kind)).toEqual([
      'workOrder.create',
      'workOrder.dispatch',
      'workOrder.arrive',
      'workOrder.recordParts',
      'workOrder.recordParts',
      'workOrder.complete',
      'workOrder.signOff',
    ]);
    const archive = await seat('customers.timeline', { equipmentId: order.equipmentId!, limit: 100 });
    expect(archive.items.filter((e) => e.kind.startsWith('workOrder.')).map((e) => e.kind).reverse()).toEqual([
      'workOrder.created',
      'workOrder.dispatched',
      'workOrder.arrived',
      'workOrder.partsRecorded',
      'workOrder.partsRecorded',
      'workOrder.completed',
      'workOrder.signedOff',
    ]);
  });
});
