// The lists: the dispatcher's board (late ones first, then by day; filters; counts in each open state) and a
// technician's own list by the center's calendar day.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../testing/fixture';
import { fieldWorkSetup } from './setup.test-helpers';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the lists of work orders', () => {
  it('the board shows late ones first (nobody there, deadline passed), then by day; filters by technician, day, state and kind; counts each open state', async () => {
    const s = await fieldWorkSetup();
    opened.push(s.t);
    const { t } = s;
    const start = t.clock.now();
    // Told the customer three days on, but the request's on-site deadline passes first: late.
    const late = await t.expectOk(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds: [s.techId], expectedAt: start + 3 * DAY });
    await t.expectOk(s.dispatcher, 'workOrders.dispatch', { id: late.id, version: late.version });
    t.clock.time = s.request.deadlines.onSiteBy! + HOUR;
    const now = t.clock.now();
    // The sessions ended while the clock moved on.
    const dispatcher = await t.signInAs(['seat_manager']);
    const tech = await t.signIn(s.techUsername);
    const agent = await t.signInAs(['agent']);
    const second = await t.expectOk(agent, 'requests.create', {
      callerPhone: '021-6288 5000',
      customerId: s.customerId,
      equipmentId: s.equipmentId,
      kind: 'fault',
      channel: 'hotline',
      priority: 'important',
      subject: '摄像机无图像',
      description: '',
    });
    const soon = await t.expectOk(dispatcher, 'workOrders.create', { requestId: second.id, technicianIds: [s.otherTechId], expectedAt: now + HOUR });
    await t.expectOk(dispatcher, 'workOrders.dispatch', { id: soon.id, version: soon.version });
    const draft = await t.expectOk(dispatcher, 'workOrders.create', { requestId: second.id, technicianIds: [s.techId], expectedAt: now + 2 * DAY });
    const there = await t.expectOk(dispatcher, 'workOrders.create', { requestId: second.id, technicianIds: [s.techId], expectedAt: now + 4 * DAY });
    const sent = await t.expectOk(dispatcher, 'workOrders.dispatch', { id: there.id, version: there.version });
    await t.expectOk(tech, 'workOrders.arrive', { id: there.id, version: sent.version });
    const done = await t.expectOk(dispatcher, 'workOrders.create', { requestId: second.id, technicianIds: [s.techId] });
    await t.expectOk(dispatcher, 'workOrders.cancel', { id: done.id, version: done.version, reason: '重复派工' });

    const board = await t.expectOk(dispatcher, 'workOrders.board', {});
    expect(board.items.map((w) => w.id)).toEqual([late.id, soon.id, draft.id, there.id]);
    expect(board.items.map((w) => w.late)).toEqual([true, false, false, false]);
    expect(board.counts).toEqual({ draft: 1, dispatched: 2, on_site: 1, completed: 0, signed_off: 0, cancelled: 0 });
    const mine = await t.expectOk(dispatcher, 'workOrders.board', { technicianId: s.techId });
    expect(mine.items.map((w) => w.id)).toEqual([late.id, draft.id, there.id]);
    expect(mine.counts).toMatchObject({ draft: 1, dispatched: 1, on_site: 1 });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now + 2 * DAY);
    expect((await t.expectOk(dispatcher, 'workOrders.board', { day })).items.map((w) => w.id)).toEqual([draft.id]);
    expect((await t.expectOk(dispatcher, 'workOrders.board', { state: 'draft' })).items.map((w) => w.id)).toEqual([draft.id]);
    expect((await t.expectOk(dispatcher, 'workOrders.board', { state: 'cancelled' })).items.map((w) => w.id)).toEqual([done.id]);
    expect((await t.expectOk(dispatcher, 'workOrders.board', { kind: 'inspection' })).items).toEqual([]);
    expect(await t.call(dispatcher, 'workOrders.board', { day: '2026-02-31' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it("a technician's own list: open ones of earlier days, today's, upcoming, and the last finished", async () => {
    const s = await fieldWorkSetup();
    opened.push(s.t);
    const { t } = s;
    const now = t.clock.now();
    const make = async (expectedAt: number, technicianIds = [s.techId]) => {
      const created = await t.expectOk(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds, expectedAt });
      return t.expectOk(s.dispatcher, 'workOrders.dispatch', { id: created.id, version: created.version });
    };
    const yesterday = await make(now - DAY);
    const today = await make(now + HOUR);
    const tomorrow = await make(now + DAY);
    await make(now, [s.otherTechId]);
    const cancelled = await make(now + 2 * HOUR);
    await t.expectOk(s.dispatcher, 'workOrders.cancel', { id: cancelled.id, version: cancelled.version, reason: '客户改期' });
    const list = await t.expectOk(s.tech, 'workOrders.mine', {});
    expect(list.earlier.map((w) => w.id)).toEqual([yesterday.id]);
    expect(list.today.map((w) => w.id)).toEqual([today.id]);
    expect(list.upcoming.map((w) => w.id)).toEqual([tomorrow.id]);
    expect(list.finished.map((w) => [w.id, w.state])).toEqual([[cancelled.id, 'cancelled']]);
    expect(list.today[0]).toMatchObject({ requestNumber: s.request.number, customerName: '上海华通科技有限公司', equipmentLabel: 'DS-7608N-K2 · SN-WO-0001', subject: '一号机房的录像机断电后无法开机。' });
    const none = await t.expectOk(s.dispatcher, 'workOrders.mine', {});
    expect(none).toEqual({ earlier: [], today: [], upcoming: [], finished: [] });
  });
});
