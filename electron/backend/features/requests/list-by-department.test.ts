// The requests list by responsible department: what a department's home screen shows as its work (with the state
// filter, its open requests), and nothing of another department's.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

describe('the requests list by department', () => {
  it('lists the requests of the department asked for, with the other filters, and no other', async () => {
    const t = await createTestBackend();
    opened.push(t);
    const agent = await t.signInAs(['agent']);
    const departments = (await t.expectOk(t.admin, 'departments.list', {})).items;
    const [ours, theirs] = [departments[0]!, departments[1]!];
    const call = (subject: string) =>
      t.expectOk(agent, 'requests.create', { callerPhone: '021-6288 5000', kind: 'fault', channel: 'hotline', priority: 'general', subject });
    const mine = await call('录像机无法开机');
    const other = await call('交换机端口故障');
    const unrouted = await call('门禁读卡器无反应');
    await t.expectOk(agent, 'requests.update', { id: mine.id, version: mine.version, departmentId: ours.id });
    await t.expectOk(agent, 'requests.update', { id: other.id, version: other.version, departmentId: theirs.id });

    const list = await t.expectOk(agent, 'requests.list', { departmentId: ours.id, state: 'open' });
    expect(list.items.map((item) => item.id)).toEqual([mine.id]);
    expect(list.items[0]!.departmentName).toBe(ours.name);
    const all = await t.expectOk(agent, 'requests.list', {});
    expect(all.items.map((item) => item.id)).toEqual([unrouted.id, other.id, mine.id]);
    expect((await t.expectOk(agent, 'requests.list', { departmentId: ours.id, state: 'closed' })).items).toEqual([]);
  });
});
