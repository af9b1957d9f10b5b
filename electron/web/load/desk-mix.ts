// The simulated desks of a center at work on one host (the LAN issue's load): each desk signs in as its own user, acts
// every few seconds (a think time of THINK_MS between actions), refreshes its board every BOARD_EVERY_MS, and listens
// to the host's change notices. Shared by `npm run bench -- --only lan` and the load test kept in the suite; the line to
// the host is given (HTTPS through HostClient, or invoke on the host alone).
//
// The mix, per action (think time 2–8 s, 5 s on average, so 30 desks act about 6 times a second):
// - hotline seat: log a call 30% (customer look-up by the caller's phone, then requests.create), search customers 25%
//   (customers.search, customers.get of the first hit), search requests 20% (requests.search, requests.get), complaint
//   work 25% (open its own oldest forms; review one, have the reply made or record the reply, else fill a new form);
//   board: requests.board and complaints.due.
// - complaint office: complaint work 60% (its queue by state, complaints.get, then route / record the result / sign /
//   file), read the complaint list 20%, search customers 20%; board: complaints.due.
// - store: a stock movement 60% (parts.search by the code, then stock.receive when low, else stock.issue), search
//   parts 40% (parts.search, parts.get); board: the store's own (parts.lowStock, stock.history).
import { randomUUID } from 'node:crypto';
import { api, type ApiInput, type ApiOutput, type MethodName, type Result } from '../../../shared/api';
import type { ChangeNotice } from '../../../shared/live';
import { HostClient, type HostSession } from '../../main/host-link/client';
import type { HostPin } from '../../main/host-link/pin';
import { Random } from './random';
import type { TaggedKind } from './readback';
import { faultSubject, type CenterPlan, type DeskPlan } from './center';
import { matchNotices, type AnsweredWrite, type HeardNotice, type NoticeDelivery } from './figures';

export const THINK_MS = { min: 2_000, max: 8_000 };
export const BOARD_EVERY_MS = 30_000;

/** A desk's line to the host: a call answering the envelope, and (over the network) its change notices. */
export interface DeskLine {
  call(method: MethodName, input: unknown, idempotencyKey?: string): Promise<Result<unknown>>;
  listen?(onNotice: (notice: ChangeNotice) => void): () => void;
}

/** A desk over HTTPS: its own HostClient (closed by the caller) and session, listening to the host's change notices. */
export function httpsDeskLine(pin: HostPin): { line: DeskLine; client: HostClient } {
  const client = new HostClient(pin);
  const session: HostSession = { token: null };
  return {
    client,
    line: {
      call: (method, input, key) => client.call(session, method, input, key),
      listen: (onNotice) => client.listen(session, (event, data) => event === 'changed' && onNotice(data as ChangeNotice)),
    },
  };
}


/** A create the host answered: its record must be there once, with this id. `tag` is written into its text. */
export interface AcknowledgedCreate {
  kind: TaggedKind;
  tag: string;
  id: number;
}

export interface MixOptions {
  plan: CenterPlan;
  /** One line per desk of the plan, in its order, not signed in yet. */
  lines: DeskLine[];
  durationMs: number;
  /** Written into every record the run creates, so that they are found again: `[<tagPrefix>-<desk>-<n>]`. */
  tagPrefix: string;
  /** Listen to the change notices and match them with the writes (over the network). */
  listen: boolean;
  thinkMs?: { min: number; max: number };
  boardEveryMs?: number;
  seed?: number;
}

export interface MixResult {
  /** Milliseconds of each call, by method. */
  timings: Map<string, number[]>;
  errors: Array<{ desk: string; method: string; code: string; message: string }>;
  acknowledged: AcknowledgedCreate[];
  /** Creates sent and not answered (an error): their record may be there, at most once. */
  unanswered: Array<{ kind: TaggedKind; tag: string }>;
  actions: Record<string, number>;
  notices: NoticeDelivery | null;
  /** The run's own length (from the first action to the last answer). */
  elapsedMs: number;
}


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

class Run {
  readonly timings = new Map<string, number[]>();
  readonly errors: MixResult['errors'] = [];
  readonly acknowledged: AcknowledgedCreate[] = [];
  readonly unanswered: MixResult['unanswered'] = [];
  readonly actions: Record<string, number> = {};
  constructor(readonly options: MixOptions) {}
  time(method: string, ms: number) {
    let list = this.timings.get(method);
    if (!list) this.timings.set(method, (list = []));
    list.push(ms);
  }
  count(action: string) {
    this.actions[action] = (this.actions[action] ?? 0) + 1;
  }
}

class Desk {
  userId = 0;
  private sequence = 0;
  /** Complaint forms this seat filled and has not seen filed, oldest first. */
  private forms: number[] = [];
  private turn = 0;
  readonly writes: AnsweredWrite[] = [];
  readonly heard = new Map<string, HeardNotice[]>();
  readonly barrierHeard = new Set<string>();
  stopListening: () => void = () => {};

  constructor(
    readonly plan: DeskPlan,
    readonly line: DeskLine,
    private readonly run: Run,
    private readonly rng: Random,
  ) {}

  async call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M> | null> {
    const write = api[method].kind === 'write';
    const started = performance.now();
    const result = await this.line.call(method, input, write ? randomUUID() : undefined);
    const answeredAt = performance.now();
    this.run.time(method, answeredAt - started);
    if (!result.ok) {
      this.run.errors.push({ desk: this.plan.username, method, code: result.error.code, message: result.error.message });
      return null;
    }
    if (write && !method.startsWith('auth.')) this.writes.push({ method, answeredAt });
    return result.value as ApiOutput<M>;
  }

  private async create<M extends MethodName>(kind: TaggedKind, method: M, input: (tag: string) => ApiInput<M>, idOf: (value: ApiOutput<M>) => number) {
    const tag = `${this.run.options.tagPrefix}-${this.plan.index + 1}-${++this.sequence}`;
    const value = await this.call(method, input(`[${tag}]`));
    if (value === null) this.run.unanswered.push({ kind, tag });
    else this.run.acknowledged.push({ kind, tag, id: idOf(value) });
    return value;
  }

  async signIn(password: string): Promise<boolean> {
    const me = await this.call('auth.login', { username: this.plan.username, password });
    if (me) this.userId = me.id;
    return me !== null;
  }

  listen(): void {
    this.stopListening =
      this.line.listen?.((notice) => {
        if (notice.byName === null) return;
        if (notice.method === 'auth.setLanguage') this.barrierHeard.add(notice.byName);
        else if (!notice.method.startsWith('auth.')) {
          let list = this.heard.get(notice.byName);
          if (!list) this.heard.set(notice.byName, (list = []));
          list.push({ method: notice.method, heardAt: performance.now() });
        }
      }) ?? (() => {});
  }

  async act(): Promise<void> {
    const r = this.rng.next();
    const { kind } = this.plan;
    const action =
      kind === 'hotline'
        ? r < 0.3 ? 'logCall' : r < 0.55 ? 'searchCustomers' : r < 0.75 ? 'searchRequests' : 'complaintWork'
        : kind === 'complaintOffice'
          ? r < 0.6 ? 'complaintWork' : r < 0.8 ? 'readComplaints' : 'searchCustomers'
          : r < 0.6 ? 'stockMovement' : 'searchParts';
    this.run.count(`${kind}.${action}`);
    if (action === 'logCall') await this.logCall();
    else if (action === 'searchCustomers') await this.searchCustomers();
    else if (action === 'searchRequests') await this.searchRequests();
    else if (action === 'complaintWork') await (kind === 'hotline' ? this.seatComplaintWork() : this.officeComplaintWork());
    else if (action === 'readComplaints') await this.readComplaints();
    else if (action === 'stockMovement') await this.stockMovement();
    else await this.searchParts();
  }

  async refreshBoard(): Promise<void> {
    this.run.count(`${this.plan.kind}.board`);
    if (this.plan.kind === 'hotline') {
      await Promise.all([this.call('requests.board', { limit: 200 }), this.call('complaints.due', { limit: 200 })]);
    } else if (this.plan.kind === 'complaintOffice') {
      await this.call('complaints.due', { limit: 200 });
    } else {
      await Promise.all([this.call('parts.lowStock', {}), this.call('stock.history', { limit: 10 })]);
    }
  }

  private async logCall() {
    const customer = this.rng.pick(this.run.options.plan.customers);
    const found = await this.call('customers.search', { query: customer.phone.replace(/\D/g, '').slice(-8), limit: 10 });
    const n = Math.floor(this.rng.next() * 1000);
    await this.create(
      'request',
      'requests.create',
      (tag) => ({
        callerPhone: customer.phone,
        customerId: found?.items[0]?.id ?? customer.id,
        kind: 'fault',
        channel: 'hotline',
        priority: (['urgent', 'important', 'general'] as const)[n % 3]!,
        subject: `${faultSubject(n)} ${tag}`,
        description: '客户来电报修，设备位于一号机房。',
        fault: { nature: '硬件', location: '一号机房' },
      }),
      (value) => value.id,
    );
  }

  private async searchCustomers() {
    const customer = this.rng.pick(this.run.options.plan.customers);
    const r = this.rng.next();
    const query = r < 0.4 ? customer.name.slice(0, 4) : r < 0.7 ? customer.phone.replace(/\D/g, '').slice(-4) : customer.name.slice(2, 6);
    const found = await this.call('customers.search', { query, limit: 20 });
    const first = found?.items[0];
    if (first) await this.call('customers.get', { id: first.id });
  }

  private async searchRequests() {
    const found = await this.call('requests.search', { query: this.rng.pick(this.run.options.plan.requestQueries), limit: 20 });
    const first = found?.items[0];
    if (first) await this.call('requests.get', { id: first.id });
  }

  /** The seat's part of the route: review its form, have the reply made (by itself), record the reply. */
  private async seatComplaintWork() {
    for (const id of this.forms.slice(0, 2)) {
      const form = await this.call('complaints.get', { id });
      if (!form) return;
      const v = { id, version: form.version };
      if (form.state === 'filed') this.forms = this.forms.filter((f) => f !== id);
      else if (form.state === 'filled') return void (await this.call('complaints.review', v));
      else if (form.state === 'ready_for_reply') return void (await this.call('complaints.assignReply', { ...v, agentId: this.userId }));
      else if (form.state === 'reply_assigned') return void (await this.call('complaints.recordReply', { ...v, reply: '已电话告知客户处理结果，客户表示认可。' }));
    }
    if (this.forms.length >= 3) return;
    const customer = this.rng.pick(this.run.options.plan.customers);
    const form = await this.create(
      'complaint',
      'complaints.create',
      (tag) => ({ customerId: customer.id, complainant: '王经理', contactPhone: customer.phone, content: `维修人员未按约定时间到场。${tag}` }),
      (value) => value.id,
    );
    if (form) this.forms.push(form.id);
  }

  /** The office's part: its share of the forms (by id) in each state it acts on, latest stage first. */
  private async officeComplaintWork() {
    const { officeDesks } = this.run.options.plan;
    const states = ['replied', 'answered_internal', 'routed_internal', 'reviewed'] as const;
    for (let k = 0; k < states.length; k++) {
      const state = states[(this.turn + k) % states.length]!;
      const queue = await this.call('complaints.list', { state, limit: 100 });
      if (!queue) return;
      const mine = queue.items.filter((f) => f.id % officeDesks === this.plan.indexInKind);
      const oldest = mine[mine.length - 1];
      if (!oldest) continue;
      this.turn += 1;
      const form = await this.call('complaints.get', { id: oldest.id });
      if (!form || form.state !== state) return;
      const v = { id: form.id, version: form.version };
      if (state === 'reviewed') await this.call('complaints.route', { ...v, route: 'internal' });
      else if (state === 'routed_internal') await this.call('complaints.recordResult', { ...v, result: '已与维修组核实，向客户致歉并重新安排上门。' });
      else if (state === 'answered_internal') await this.call('complaints.sign', v);
      else await this.call('complaints.file', v);
      return;
    }
  }

  private async readComplaints() {
    const list = await this.call('complaints.list', { limit: 20 });
    const first = list?.items[0];
    if (first) await this.call('complaints.get', { id: first.id });
  }

  private async stockMovement() {
    const part = this.rng.pick(this.plan.parts);
    await this.call('parts.search', { query: part.code, limit: 10 });
    const receive = part.onHand < 10;
    const quantity = receive ? 20 : 1 + Math.floor(this.rng.next() * 3);
    const posted = await this.create(
      'movement',
      receive ? 'stock.receive' : 'stock.issue',
      (tag) => ({ partId: part.id, quantity, note: `${receive ? '补货入库' : '维修领用'} ${tag}` }),
      (value) => value.movement.id,
    );
    if (posted) part.onHand = posted.balance;
  }

  private async searchParts() {
    const found = await this.call('parts.search', { query: this.rng.pick(['继电器', 'LOAD', 'B-1', 'jdq']), limit: 20 });
    const first = found?.items[0];
    if (first) await this.call('parts.get', { id: first.id });
  }
}

/** Until every listener has heard a notice of `writer`'s write (the streams are open): writes again each half second. */
async function allHear(writer: Desk, listeners: Desk[]): Promise<void> {
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline) {
    await writer.call('auth.setLanguage', { language: 'zh-CN' });
    await sleep(500);
    if (listeners.every((l) => l === writer || l.barrierHeard.has(writer.plan.displayName))) return;
  }
  throw new Error("The desks' change streams did not all open within 15 s");
}

/** Signs every desk in, has them listen, runs the mix for `durationMs` and answers what it measured. */
export async function runDeskMix(options: MixOptions, password: string): Promise<MixResult> {
  const run = new Run(options);
  const rng = new Random(options.seed ?? 20261122);
  const think = options.thinkMs ?? THINK_MS;
  const boardEvery = options.boardEveryMs ?? BOARD_EVERY_MS;
  const desks = options.plan.desks.map((plan, i) => new Desk(plan, options.lines[i]!, run, new Random(rng.next() * 2 ** 32)));
  const signedIn = await Promise.all(desks.map((desk) => desk.signIn(password)));
  if (signedIn.some((ok) => !ok)) throw new Error(`Desks could not sign in: ${JSON.stringify(run.errors)}`);
  run.timings.delete('auth.login');
  if (options.listen) {
    for (const desk of desks) desk.listen();
    await allHear(desks[0]!, desks);
    await allHear(desks[1]!, desks);
  }
  run.timings.delete('auth.setLanguage');

  const started = performance.now();
  const until = started + options.durationMs;
  const rest = (ms: number) => sleep(Math.min(ms, until - performance.now()));
  const work = async (desk: Desk, deskRandom: Random) => {
    await rest(deskRandom.between(0, think.max));
    while (performance.now() < until) {
      await desk.act();
      await rest(deskRandom.between(think.min, think.max));
    }
  };
  const watch = async (desk: Desk, deskRandom: Random) => {
    await rest(deskRandom.between(0, boardEvery));
    while (performance.now() < until) {
      await desk.refreshBoard();
      await rest(boardEvery);
    }
  };
  await Promise.all(desks.flatMap((desk) => [work(desk, new Random(rng.next() * 2 ** 32)), watch(desk, new Random(rng.next() * 2 ** 32))]));
  const elapsedMs = performance.now() - started;

  let notices: NoticeDelivery | null = null;
  if (options.listen) {
    // The last notices are on their way: wait until each listener has heard as many as were written, or 5 s.
    const heardAll = () => desks.every((l) => desks.every((w) => w === l || (l.heard.get(w.plan.displayName)?.length ?? 0) >= w.writes.length));
    const deadline = performance.now() + 5_000;
    while (!heardAll() && performance.now() < deadline) await sleep(100);
    for (const desk of desks) desk.stopListening();
    notices = matchNotices(
      new Map(desks.map((d) => [d.plan.displayName, d.writes])),
      desks.map((d) => ({ listener: d.plan.displayName, from: d.heard })),
    );
  }
  return { timings: run.timings, errors: run.errors, acknowledged: run.acknowledged, unanswered: run.unanswered, actions: run.actions, notices, elapsedMs };
}
