// What the work orders' tests start from: a customer with a site and a unit there, a fault report on it, two
// technicians, a dispatcher and a part with stock.
import type { ApiOutput } from '../../../../shared/api';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

export interface FieldWorkSetup {
  t: TestBackend;
  dispatcher: Awaited<ReturnType<TestBackend['signInAs']>>;
  tech: Awaited<ReturnType<TestBackend['signIn']>>;
  otherTech: Awaited<ReturnType<TestBackend['signIn']>>;
  techId: number;
  techUsername: string;
  otherTechId: number;
  customerId: number;
  siteId: number;
  equipmentId: number;
  request: ApiOutput<'requests.create'>;
  partId: number;
  cableId: number;
}

let counter = 0;

export async function fieldWorkSetup(): Promise<FieldWorkSetup> {
  const t = await createTestBackend();
  counter += 1;
  const agent = await t.signInAs(['agent']);
  const dispatcher = await t.signInAs(['seat_manager']);
  const techUser = await t.createUser(['technician'], `tech.a${counter}`);
  const otherUser = await t.createUser(['technician'], `tech.b${counter}`);
  const customer = await t.expectOk(agent, 'customers.create', {
    name: '上海华通科技有限公司',
    kind: 'organization',
    contacts: [{ name: '王经理', phones: ['021-6288 5000'] }],
    sites: [{ name: '一号机房', address: '上海市徐汇区' }],
  });
  const page = await t.expectOk(agent, 'customers.get', { id: customer.id });
  const siteId = page.sites[0]!.id;
  const equipment = await t.expectOk(agent, 'equipment.create', {
    customerId: customer.id,
    siteId,
    model: 'DS-7608N-K2',
    serialNumber: 'SN-WO-0001',
    warrantyStart: '2025-01-01',
    warrantyEnd: '2027-12-31',
  });
  const request = await t.expectOk(agent, 'requests.create', {
    callerPhone: '021-6288 5000',
    callerName: '王经理',
    customerId: customer.id,
    equipmentId: equipment.id,
    kind: 'fault',
    channel: 'hotline',
    priority: 'important',
    subject: '录像机无法开机',
    description: '一号机房的录像机断电后无法开机。',
    fault: { nature: '硬件', category: '录像设备', location: '一号机房机柜 A3' },
  });
  const clerk = await t.signInAs(['inventory_clerk']);
  const part = await t.expectOk(clerk, 'parts.create', { code: 'DY-12V2A', name: '电源适配器', unit: '个', unitCostFen: 1800 });
  const cable = await t.expectOk(clerk, 'parts.create', { code: 'DL-RVV', name: '电力电缆', unit: '米', unitCostFen: 520 });
  await t.expectOk(clerk, 'stock.receive', { partId: part.id, quantity: 5, note: '期初' });
  await t.expectOk(clerk, 'stock.receive', { partId: cable.id, quantity: 100, note: '期初' });
  return {
    t,
    dispatcher,
    tech: await t.signIn(techUser.username),
    otherTech: await t.signIn(otherUser.username),
    techId: techUser.id,
    techUsername: techUser.username,
    otherTechId: otherUser.id,
    customerId: customer.id,
    siteId,
    equipmentId: equipment.id,
    request,
    partId: part.id,
    cableId: cable.id,
  };
}
