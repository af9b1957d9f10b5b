// Recording the arrival on site: a technician for his own requests, a department manager for his department's, the
// desk for anyone's on the owner's behalf, which the service log says.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function faultOwnedBy(ownerRoles: ['technician'] | ['dept_manager']) {
  const t = await createTestBackend();
  opened.push(t);
  const agent = await t.signInAs(['agent']);
  const departments = (await t.expectOk(t.admin, 'departments.list', {})).items;
  const [ownDepartment, otherDepartment] = [departments[0]!, departments[1]!];
  const owner = await t.createUser(ownerRoles, 'liqiang');
  await t.expectOk(t.admin, 'users.update', { id: owner.id, version: owner.version, departmentId: ownDepartment.id });
  const customer = await t.expectOk(agent, 'customers.create', { name: '上海华通科技有限公司', kind: 'organization', contacts: [{ name: '王经理', phones: ['021-6288 5000'] }] });
  const created = await t.expectOk(agent, 'requests.create', {
    callerPhone: '021-6288 5000',
    callerName: '王经理',
    customerId: customer.id,
    kind: 'fault',
    channel: 'hotline',
    priority: 'important',
    subject: '录像机无法开机',
    description: '二号机房的录像机断电后无法开机。',
  });
  const request = await t.expectOk(agent, 'requests.update', { id: created.id, version: created.version, ownerId: owner.id, departmentId: ownDepartment.id });
  return { t, agent, owner, request, ownDepartment, otherDepartment };
}

describe('recording the arrival on site', () => {
  it('a technician who does not own the request is refused, and nothing changes; its owner records it', async () => {
    const { t, request } = await faultOwnedBy(['technician']);
    const stranger = await t.signInAs(['technician']);
    const refused = await t.call(stranger, 'requests.recordArrival', { id: request.id, version: request.version });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'request.notYours' } });
    expect((await t.expectOk(stranger, 'requests.get', { id: request.id })).request.arrivedAt).toBeNull();
    const owner = await t.signIn('liqiang');
    const arrived = await t.expectOk(owner, 'requests.recordArrival', { id: request.id, version: request.version });
    expect(arrived.arrivedAt).toBe(t.clock.now());
    const log = (await t.expectOk(owner, 'requests.get', { id: request.id })).log;
    expect(log.find((e) => e.kind === 'arrived')?.details).toEqual({ at: t.clock.now() });
  });

  it('the desk records it on the owner’s behalf, and the service log says so', async () => {
    const { t, agent, request } = await faultOwnedBy(['technician']);
    await t.expectOk(agent, 'requests.recordArrival', { id: request.id, version: request.version });
    const log = (await t.expectOk(agent, 'requests.get', { id: request.id })).log;
    const me = await t.expectOk(agent, 'auth.me', {});
    const owner = (await t.expectOk(agent, 'users.directory', { role: 'technician' })).items.find((c) => c.displayName !== me.displayName)!;
    expect(log.find((e) => e.kind === 'arrived')).toMatchObject({
      userName: me.displayName,
      details: { onBehalfOf: { id: request.ownerId, name: owner.displayName } },
    });
  });

  it('a department manager records it for his department’s requests, not another department’s', async () => {
    const { t, request, ownDepartment, otherDepartment } = await faultOwnedBy(['technician']);
    const manager = await t.createUser(['dept_manager'], 'zhoujing');
    await t.expectOk(t.admin, 'users.update', { id: manager.id, version: manager.version, departmentId: otherDepartment.id });
    const session = await t.signIn('zhoujing');
    expect(await t.call(session, 'requests.recordArrival', { id: request.id, version: request.version })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'request.notYours' },
    });
    const updated = (await t.expectOk(t.admin, 'users.list', {})).items.find((u) => u.id === manager.id)!;
    await t.expectOk(t.admin, 'users.update', { id: manager.id, version: updated.version, departmentId: ownDepartment.id });
    const arrived = await t.expectOk(session, 'requests.recordArrival', { id: request.id, version: request.version });
    expect(arrived.arrivedAt).not.toBeNull();
  });
});
