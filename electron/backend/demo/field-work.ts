// Demo field work (故障处理派工单, 日常巡检): work orders on the demo's fault reports, made by the seat manager and worked
// by the technician through the API like any caller, so the ledger, the requests' service logs and times, the repair
// archive and the audit log are what real work produces. One visit signed off by the customer with a drawn signature,
// parts issued and one returned; one technician on site now (a disk issued); one dispatched and late against its request's on-site
// deadline; one draft waiting for the dispatcher. The technician is the dedicated maintainer (专职维护人员) of one
// customer and of a site of another; two maintenance plans, one due today, whose inspection is made and dispatched.
import type { Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { ServiceRequest } from '../../../shared/api/requests';
import { addDays, todayIn } from '../../../shared/customers/dates';
import { demoSignature } from './signature';

type Caller = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CONDUCT = { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: true };

async function signedIn(backend: Backend, username: string, password: string): Promise<Caller> {
  const session = backend.newSession();
  const call: Caller = async (method, input) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value as ApiOutput<typeof method>;
  };
  await call('auth.login', { username, password });
  return call;
}

export async function seedFieldWork(backend: Backend, password: string): Promise<number> {
  const seat = await signedIn(backend, 'seat', password);
  const tech = await signedIn(backend, 'tech', password);
  const info = await signedIn(backend, 'info', password);
  const techId = (await tech('auth.me', {})).id;
  const now = Date.now();

  const { items } = await seat('requests.list', { state: 'open', limit: 100 });
  const faults: ServiceRequest[] = [];
  for (const summary of items.filter((r) => r.kind === 'fault')) {
    const { request } = await seat('requests.get', { id: summary.id });
    if (request.customerId !== null && request.equipmentId !== null && request.arrivedAt === null) faults.push(request);
  }
  const bySubject = (subject: string) => faults.find((r) => r.subject === subject);
  const take = (request: ServiceRequest | undefined) => {
    if (request) faults.splice(faults.indexOf(request), 1);
    return request;
  };
  const parts = new Map((await tech('parts.list', { limit: 500 })).items.map((part) => [part.code, part.id]));
  const part = (code: string) => parts.get(code)!;
  let made = 0;

  // Signed off: the UPS battery string replaced two hours ago, the customer's representative signed on the pad.
  const ups = take(bySubject('UPS 电池组续航明显下降'));
  if (ups) {
    let order = await seat('workOrders.create', {
      requestId: ups.id,
      technicianIds: [techId],
      cause: '蓄电池组运行超过五年，容量衰减',
      tools: '蓄电池内阻测试仪、放电负载箱、扭力扳手',
      plannedParts: [{ partId: part('DC-12V100'), quantity: 4 }, { partId: part('RDQ-RT18-32A'), quantity: 2 }],
      expectedAt: now - 5 * HOUR,
    });
    order = await seat('workOrders.dispatch', { id: order.id, version: order.version });
    order = await tech('workOrders.arrive', { id: order.id, version: order.version, at: now - 4.5 * HOUR });
    order = await tech('workOrders.recordParts', {
      id: order.id,
      version: order.version,
      lines: [
        { partId: part('DC-12V100'), kind: 'issue', quantity: 4 },
        { partId: part('RDQ-RT18-32A'), kind: 'issue', quantity: 2 },
      ],
    });
    order = await tech('workOrders.recordParts', { id: order.id, version: order.version, lines: [{ partId: part('RDQ-RT18-32A'), kind: 'return', quantity: 1 }] });
    order = await tech('workOrders.complete', {
      id: order.id,
      version: order.version,
      measures: '更换老化蓄电池 4 节、输入熔断器 1 只，放电测试续航 32 分钟，恢复正常。',
      outcome: 'solved',
      completedAt: now - 2 * HOUR,
      conduct: CONDUCT,
    });
    const customer = await seat('customers.get', { id: ups.customerId! });
    await tech('workOrders.signOff', {
      id: order.id,
      version: order.version,
      signedName: customer.customer.contacts[0]?.name ?? '客户代表',
      signedAt: now - 2 * HOUR + 5 * MINUTE,
      signature: demoSignature(),
    });
    made += 1;
  }

  // On site now: the monitoring centre's recorder, a hard disk already taken from the van's stock.
  const recorder = take(bySubject('监控中心录像机全部通道无画面'));
  if (recorder) {
    let order = await seat('workOrders.create', {
      requestId: recorder.id,
      technicianIds: [techId],
      cause: '录像机主板或硬盘故障待查',
      tools: '笔记本电脑、串口调试线、万用表',
      plannedParts: [{ partId: part('ZKB-7608N-K2'), quantity: 1 }, { partId: part('YP-4T'), quantity: 2 }],
      expectedAt: now - HOUR,
    });
    order = await seat('workOrders.dispatch', { id: order.id, version: order.version });
    order = await tech('workOrders.arrive', { id: order.id, version: order.version, at: now - 40 * MINUTE });
    await tech('workOrders.recordParts', { id: order.id, version: order.version, lines: [{ partId: part('YP-4T'), kind: 'issue', quantity: 1 }] });
    made += 1;
  }

  // Dispatched and late: the fault whose on-site deadline passed longest ago (nobody there yet).
  const overdue = take([...faults].filter((r) => r.deadlines.onSiteBy !== null).sort((a, b) => a.deadlines.onSiteBy! - b.deadlines.onSiteBy!)[0]);
  if (overdue) {
    const order = await seat('workOrders.create', { requestId: overdue.id, technicianIds: [techId], tools: '万用表、笔记本电脑', expectedAt: now + HOUR });
    await seat('workOrders.dispatch', { id: order.id, version: order.version });
    made += 1;
  }

  // A draft the dispatcher has not sent yet.
  const waiting = take(faults[0]);
  if (waiting) {
    await seat('workOrders.create', { requestId: waiting.id, technicianIds: [techId], tools: '网线测试仪' });
    made += 1;
  }

  // The dedicated maintainer of the first customer and of the second one's first site; a plan due today, another later.
  const { items: customers } = await info('customers.list', { sort: 'code', limit: 3, active: true });
  const [first, second] = customers;
  const settings = await info('settings.get', {});
  const today = todayIn(settings.timeZone, now);
  if (first && second) {
    await info('maintenance.setMaintainer', { customerId: first.id, maintainerId: techId });
    const secondPage = await info('customers.get', { id: second.id });
    const site = secondPage.sites[0];
    if (site) await info('maintenance.setMaintainer', { customerId: second.id, siteId: site.id, maintainerId: techId });
    await info('maintenance.createPlan', { customerId: first.id, intervalDays: 90, nextDueDate: today, notes: '季度巡检：录像机、UPS、机房环境' });
    await info('maintenance.createPlan', { customerId: second.id, ...(site && { siteId: site.id }), intervalDays: 30, nextDueDate: addDays(today, 12), notes: '月度巡检：蓄电池电压与内阻' });
    const { created } = await info('maintenance.createDue', {});
    made += created.length;
  }

  for (const call of [seat, tech, info]) await call('auth.logout', {});
  return made;
}
