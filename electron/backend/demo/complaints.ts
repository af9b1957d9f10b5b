// Demo complaint forms (客户投诉联系书，一式两联): four months of them, taken through their route by the people of each
// desk through the API. The API stamps every step with the back end's clock and takes complaints written up within 30
// days only, so the months are replayed: a second back end over the same data folder, whose clock walks from the first
// call to now, runs each form's steps in the order they happened. The steps, the service log of the complaint calls,
// the customers' timelines, the deadlines on the working calendar and the audit log carry the times they would have had.
import { createBackend, type Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { Complaint } from '../../../shared/api/complaints';
import type { ComplaintRoute } from '../../../shared/complaints/route';
import { DEMO_COMPLAINTS, TOPICS, type DemoComplaint } from './complaint-stories';
import { demoSignature } from './signature';

type Call = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Sessions end after 12 idle hours; the replay looks in on every desk more often than that. */
const KEEP_ALIVE = 11 * HOUR;

class ReplayClock {
  constructor(public time: number) {}
  readonly now = (): number => this.time;
}

interface Desks {
  agent: Call;
  seat: Call;
  info: Call;
  manager: Call;
  agentId: number;
  departmentId: (name: string) => number;
  customers: Array<ApiOutput<'customers.list'>['items'][number]>;
}

/** The center's hours (Asia/Shanghai, the demo center's zone): a step that would fall at night waits for the morning. */
const LOCAL_OFFSET = 8 * HOUR;
function inOfficeHours(at: number, jitter: number): number {
  const hour = (((at + LOCAL_OFFSET) % DAY) + DAY) % DAY / HOUR;
  if (hour < 8.5) return at + Math.round((8.5 - hour) * HOUR + jitter);
  if (hour > 19) return at + Math.round((24 - hour + 8.5) * HOUR + jitter);
  return at;
}

/** A form's life: it acts at the clock's time, then yields the instant it acts next. */
type Life = AsyncGenerator<number, void, void>;

function deskFor(backend: Backend, username: string): Call {
  const session = backend.newSession();
  return async (method, input) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} as ${username} failed: ${result.error.message}`);
    return result.value as ApiOutput<typeof method>;
  };
}

/** A small deterministic generator, so the demo tells the same story every time. */
function randomFrom(seed: number): (min: number, max: number) => number {
  let state = seed;
  return (min, max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return min + (state / 2 ** 32) * (max - min);
  };
}

function routeOf(demo: DemoComplaint, desks: Desks): { route: ComplaintRoute; departmentId?: number } {
  if (demo.route === 'higher') return { route: 'transfer_higher_level' };
  if (demo.route === 'internal' || demo.route === undefined) return { route: 'internal', departmentId: desks.departmentId('售后服务部') };
  return { route: 'transfer_department', departmentId: desks.departmentId(demo.route) };
}

interface Replay {
  clock: ReplayClock;
  /** Today: nothing happens after it. */
  end: number;
  signature: string;
}

async function* lifeOf(demo: DemoComplaint, index: number, start: number, desks: Desks, replay: Replay): Life {
  const { clock, end, signature } = replay;
  const topic = TOPICS[demo.topic];
  const between = randomFrom(index + 1);
  /** A time in office hours, unless that would be after today (the recent forms must have got as far as they have). */
  const office = (at: number, notAfter = end) => {
    const moved = inOfficeHours(at, between(0, 1.5) * HOUR);
    return moved <= notAfter ? moved : at;
  };
  // Recent forms got as far as they have by today, whatever today is (a Monday morning, a holiday): a step that would
  // come after today happens in the time that was left instead.
  const byToday = (at: number) => (at <= end ? at : clock.now() + Math.round((end - clock.now()) * between(0.2, 0.4)));
  const later = (minHours: number, maxHours: number) => byToday(office(clock.now() + Math.round(between(minHours, maxHours) * HOUR)));
  const english = demo.topic.endsWith('En');
  const customers = desks.customers.filter((c) => /^[A-Za-z]/.test(c.name) === english);
  const customer = customers[demo.customer % customers.length]!;
  const page = await desks.agent('customers.get', { id: customer.id });
  const contact = page.customer.contacts[0]!;
  const phone = contact.phones[0]!.number;

  yield start;
  let requestId: number | undefined;
  if (demo.call) {
    const request = await desks.agent('requests.create', {
      callerPhone: phone,
      callerName: contact.name,
      customerId: customer.id,
      kind: 'complaint',
      channel: index % 5 === 0 ? 'night_hotline' : 'hotline',
      priority: 'important',
      subject: topic.subject,
      description: topic.content,
    });
    requestId = request.id;
    yield later(0.1, 0.3);
  }
  let form: Complaint = await desks.agent('complaints.create', {
    customerId: customer.id,
    complainant: contact.name,
    contactPhone: phone,
    content: topic.content,
    receivedAt: start,
    ...(requestId !== undefined && { requestId }),
  });
  const v = () => ({ id: form.id, version: form.version });
  if (requestId !== undefined) {
    // The call's request is worked by the complaint's route (its steps move it on); here its analysis and plan are
    // written out by the agent, naming the form.
    let request = await desks.agent('requests.get', { id: requestId }).then((page) => page.request);
    request = await desks.agent('requests.transition', {
      id: requestId,
      version: request.version,
      action: 'analyse',
      nature: '服务投诉',
      departmentId: desks.departmentId('售后服务部'),
    });
    request = await desks.agent('requests.transition', {
      id: requestId,
      version: request.version,
      action: 'plan',
      solution: `已填写客户投诉联系书 ${form.number}，按投诉处理流程办理并回复客户。`,
      plannedBy: clock.now() + 7 * DAY,
    });
    await desks.agent('requests.transition', { id: requestId, version: request.version, action: 'start' });
  }
  let sentBack = false;
  const done = () => form.state === demo.until && (demo.back === undefined || sentBack);
  if (done()) return;

  const review = async function* (): Life {
    yield later(0.5, 3);
    if (demo.back === 'review' && !sentBack) {
      form = await desks.seat('complaints.returnForCorrection', { ...v(), reason: '请写明约定的时间、地点和联系人，便于核实。' });
      sentBack = true;
      if (done()) return;
      yield later(0.5, 2);
      form = await desks.agent('complaints.resubmit', { ...v(), content: `${topic.content}\n${topic.correction}` });
      yield later(0.5, 2);
    }
    form = await desks.seat('complaints.review', v());
  };
  yield* review();
  if (done()) return;
  if (demo.back === 'routing') {
    yield later(1, 3);
    form = await desks.info('complaints.returnForCorrection', { ...v(), reason: '投诉内容缺少关键信息，无法确定转办单位，请补充。' });
    sentBack = true;
    yield later(0.5, 2);
    form = await desks.agent('complaints.resubmit', { ...v(), content: `${topic.content}\n${topic.correction}` });
    yield* review();
    if (done()) return;
  }

  const { route, departmentId } = routeOf(demo, desks);
  yield later(1, 4);
  form = await desks.info('complaints.route', { ...v(), route, ...(departmentId !== undefined && { departmentId }) });
  if (done()) return;
  // The routed work comes back in time, or (for a late one) a day or three after its deadline.
  const workDone = () => {
    const due = form.dueAt!;
    if (demo.late) return byToday(office(due + Math.round(between(6, 60) * HOUR)));
    return byToday(office(Math.max(clock.now() + HOUR, due - Math.round(between(3, 14) * HOUR)), Math.min(due, end)));
  };
  const sign = () => desks.manager('complaints.sign', { ...v(), ...(demo.drawn && { signature }) });

  if (route === 'internal') {
    yield workDone();
    form = await desks.info('complaints.recordResult', { ...v(), result: topic.result });
    if (done()) return;
    if (demo.back === 'signing') {
      yield later(1, 3);
      form = await desks.manager('complaints.returnForCorrection', { ...v(), reason: '处理结果请写明整改措施和责任人。' });
      sentBack = true;
      yield later(1, 3);
      form = await desks.info('complaints.recordResult', { ...v(), result: `${topic.result}责任人已签字确认整改。` });
    }
    yield later(0.5, 3);
    form = await sign();
  } else {
    if (demo.back === 'signing') {
      yield later(1, 3);
      form = await desks.manager('complaints.returnForCorrection', { ...v(), reason: '转办单位请先与对方负责人电话确认。' });
      sentBack = true;
      if (done()) return;
      yield later(1, 3);
      form = await desks.info('complaints.route', { ...v(), route, ...(departmentId !== undefined && { departmentId }) });
    }
    yield later(1, 5);
    form = await sign();
    if (done()) return;
    yield later(0.5, 2);
    form = await desks.info('complaints.send', v());
    if (done()) return;
    yield workDone();
    form = await desks.info('complaints.recordOpinion', { ...v(), opinion: topic.opinion || topic.result, opinionBy: topic.opinionBy || '上级单位 客户服务处' });
    if (done()) return;
    yield later(1, 6);
    form = await desks.info('complaints.recordResult', { ...v(), result: topic.result });
  }
  if (done()) return;
  yield later(0.5, 3);
  form = await desks.seat('complaints.assignReply', { ...v(), agentId: desks.agentId });
  if (done()) return;
  yield later(0.5, 5);
  // The reply resolves the call's request (shared/complaints/request-progress.ts); filing the form closes it.
  form = await desks.agent('complaints.recordReply', { ...v(), reply: topic.reply });
  if (done()) return;
  yield later(2, 30);
  form = await desks.info('complaints.file', v());
  if (requestId !== undefined) await desks.info('complaints.closeRequest', { id: form.id });
}

/** Replays the demo forms on a back end of their own over `backend`'s data folder; returns how many were filled. */
export async function seedComplaints(backend: Backend, password: string): Promise<number> {
  const end = Date.now();
  const clock = new ReplayClock(end);
  const history = createBackend({
    dataDir: backend.dataDir,
    driver: backend.driver,
    keyProtection: backend.keyProtection,
    now: clock.now,
    background: false,
    passwordCostLog2: backend.services.passwordCostLog2,
  });
  try {
    const calls = { agent: deskFor(history, 'agent'), seat: deskFor(history, 'seat'), info: deskFor(history, 'info'), manager: deskFor(history, 'manager') };
    // Signed in today (the users exist since today); the sessions then follow the clock back.
    for (const [username, call] of Object.entries(calls)) await call('auth.login', { username, password });
    const agentId = (await calls.agent('auth.me', {})).id;
    const { items: departments } = await calls.agent('departments.list', {});
    const { items: customers } = await calls.agent('customers.list', { sort: 'code', limit: 100, active: true });
    const desks: Desks = {
      ...calls,
      agentId,
      customers,
      departmentId: (name) => {
        const found = departments.find((d) => d.name === name);
        if (!found) throw new Error(`Demo data: no department ${name}`);
        return found.id;
      },
    };
    const signature = demoSignature();
    const queue: Array<{ at: number; life: Life }> = [];
    for (const [index, demo] of DEMO_COMPLAINTS.entries()) {
      // Calls come in during the day; the last few hours' calls when they came.
      // Older calls at any hour of their day (spread by their position), put in office hours.
      const spread = demo.daysAgo >= 1 ? (((index * 131) % 480) - 240) * MINUTE : 0;
      const received = end - Math.round(demo.daysAgo * DAY) + spread;
      const daytime = inOfficeHours(received, ((index * 37) % 90) * MINUTE);
      const start = daytime <= end - 10 * MINUTE ? daytime : received;
      // Each life starts by reading its customer (today), then waits for its call.
      const life = lifeOf(demo, index, start, desks, { clock, end, signature });
      const first = await life.next();
      if (!first.done) queue.push({ at: first.value, life });
    }
    clock.time = Math.min(...queue.map((q) => q.at));
    let lookedIn = clock.time;
    while (queue.length > 0) {
      queue.sort((a, b) => a.at - b.at);
      const next = queue.shift()!;
      // What would happen after today has not happened yet: the form stays where it is.
      if (next.at > end) continue;
      while (clock.time < next.at) {
        clock.time = Math.min(next.at, lookedIn + KEEP_ALIVE);
        if (clock.time - lookedIn >= KEEP_ALIVE) {
          for (const call of Object.values(calls)) await call('auth.me', {});
          lookedIn = clock.time;
        }
      }
      const step = await next.life.next();
      if (!step.done) queue.push({ at: Math.max(step.value, clock.time), life: next.life });
    }
    clock.time = end;
    for (const call of Object.values(calls)) await call('auth.logout', {});
    return DEMO_COMPLAINTS.length;
  } finally {
    history.close();
  }
}
