// Bench of a whole center on one host (issue 19): 30 simulated desks (electron/web/load/desk-mix.ts: each its own user,
// HostClient and change stream; think time 2–8 s, the board every 30 s) on a host started as a process of its own
// (electron/web/cli.ts --lan on 127.0.0.1, so that its memory and CPU are its own), for `minutes`; then the same mix
// through invoke on a back end in this process (no network), from a copy of the same data folder. Every acknowledged
// create is read back from the database file afterwards.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodName } from '../../shared/api';
import type { Result } from '../../shared/api/envelope';
import { createBackend } from '../../electron/backend';
import { HostClient, type HostSession } from '../../electron/main/host-link/client';
import { pinFromProbe, probeHost } from '../../electron/main/host-link/pin';
import { DESK_PASSWORD, prepareCenter, type CenterPlan, type CenterScale } from '../../electron/web/load/center';
import { BOARD_EVERY_MS, httpsDeskLine, runDeskMix, THINK_MS, type DeskLine, type MixResult } from '../../electron/web/load/desk-mix';
import { percentilesOf, type Percentiles } from '../../electron/web/load/figures';
import { startHostProcess, type HostMemorySample } from '../../electron/web/load/host-process';
import { readBack, type ReadBack } from '../../electron/web/load/readback';
import { measure } from './harness';

export interface LanBenchOptions {
  minutes: number;
  invokeMinutes: number;
  desks: number;
  /** Profile the host's CPU (node --cpu-prof) into this folder. */
  hostProfileDir?: string | undefined;
}

const SCALE: Omit<CenterScale, 'desks'> = { customers: 2_000, pastRequests: 3_000, partsPerStoreDesk: 25 };
const MEMORY_EVERY_MS = 5_000;
const P95_GOAL_MS = 50;
const NOTICE_P95_GOAL_MS = 1_000;

/** CPU seconds a process has used so far (Linux: /proc/<pid>/stat, at 100 ticks a second); null elsewhere. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function prepare(dataDir: string, desks: number): Promise<{ plan: CenterPlan; databaseFile: string }> {
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  try {
    const admin = backend.newSession();
    const setup = await backend.invoke(admin, 'auth.setup', { centerName: '华东区售后服务中心', username: 'admin', displayName: '管理员', password: 'bench-pass-2026' });
    if (!setup.ok) throw new Error(setup.error.message);
    const plan = await prepareCenter(backend, admin, { desks, ...SCALE });
    return { plan, databaseFile: backend.databaseFile };
  } finally {
    backend.close();
  }
}

/** How many times each of the one-desk calls is made, one at a time. */
const ALONE_CALLS = 300;

/** One desk alone, one call at a time, each kind of call: what the network itself adds to a call, with no queue. */
type AloneCall = { method: MethodName; input: (plan: CenterPlan, i: number) => unknown };
const ALONE: AloneCall[] = [
  { method: 'auth.me', input: () => ({}) },
  { method: 'customers.search', input: (plan, i) => ({ query: plan.customers[i % plan.customers.length]!.phone.replace(/\D/g, '').slice(-8), limit: 10 }) },
  { method: 'customers.get', input: (plan, i) => ({ id: plan.customers[i % plan.customers.length]!.id }) },
  { method: 'requests.search', input: (plan, i) => ({ query: plan.requestQueries[i % plan.requestQueries.length]!, limit: 20 }) },
  { method: 'requests.board', input: () => ({ limit: 200 }) },
];

async function oneDeskAlone(call: (method: MethodName, input: unknown) => Promise<Result<unknown>>, plan: CenterPlan): Promise<Map<string, Percentiles>> {
  const timings = new Map<string, Percentiles>();
  for (const { method, input } of ALONE) {
    // The first calls warm the connection and the statements up.
    timings.set(
      method,
      await measure(
        ALONE_CALLS,
        async (i) => {
          const result = await call(method, input(plan, i));
          if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        },
        20,
      ),
    );
  }
  return timings;
}

async function signedInAlone(call: (method: MethodName, input: unknown) => Promise<Result<unknown>>, plan: CenterPlan): Promise<void> {
  // The seat manager of desk 0 may read the board too.
  const signIn = await call('auth.login', { username: plan.desks[0]!.username, password: DESK_PASSWORD });
  if (!signIn.ok) throw new Error(signIn.error.message);
}

interface HttpsLeg {
  alone: Map<string, Percentiles>;
  result: MixResult;
  readBack: ReadBack;
  memory: HostMemorySample[];
  hostCpuSeconds: number | null;
  /** CPU seconds of this process, the 30 desks' (TLS, JSON, the notices they hear). */
  desksCpuSeconds: number | null;
  load: { before: number[]; after: number[]; during: number[] };
}

async function overHttps(dataDir: string, databaseFile: string, plan: CenterPlan, minutes: number, profileDir?: string): Promise<HttpsLeg> {
  const nodeOptions = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const host = await startHostProcess({ dataDir, port: 0, memoryEveryMs: MEMORY_EVERY_MS, nodeOptions });
  const clients: HostClient[] = [];
  const during: number[] = [];
  const sampler = setInterval(() => during.push(loadavg()[0]!), 30_000);
  try {
    const probe = await probeHost({ name: '127.0.0.1', port: host.port });
    const pin = pinFromProbe(probe, host.fingerprint);
    const lines: DeskLine[] = plan.desks.map(() => {
      const { line, client } = httpsDeskLine(pin);
      clients.push(client);
      return line;
    });
    const before = loadavg();
    const cpuBefore = cpuSeconds(host.child.pid!);
    const desksCpuBefore = cpuSeconds(process.pid);
    console.log(`host pid ${host.child.pid} on port ${host.port}; load average ${before.map((l) => l.toFixed(2)).join(' ')}; ${plan.desks.length} desks for ${minutes} min`);
    const result = await runDeskMix({ plan, lines, durationMs: minutes * 60_000, tagPrefix: 'LB', listen: true }, DESK_PASSWORD);
    const cpuAfter = cpuSeconds(host.child.pid!);
    const desksCpuAfter = cpuSeconds(process.pid);
    const after = loadavg();
    for (const client of clients) client.close();
    const aloneClient = new HostClient(pin);
    clients.push(aloneClient);
    const aloneSession: HostSession = { token: null };
    const aloneCall = (method: MethodName, input: unknown) => aloneClient.call(aloneSession, method, input);
    await signedInAlone(aloneCall, plan);
    const alone = await oneDeskAlone(aloneCall, plan);
    await host.stop();
    return {
      alone,
      result,
      readBack: readBack(databaseFile, 'LB', result.acknowledged, result.unanswered),
      memory: host.memory,
      hostCpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
      desksCpuSeconds: desksCpuBefore !== null && desksCpuAfter !== null ? desksCpuAfter - desksCpuBefore : null,
      load: { before, after, during },
    };
  } finally {
    clearInterval(sampler);
    for (const client of clients) client.close();
    await host.kill();
  }
}

interface InvokeLeg {
  alone: Map<string, Percentiles>;
  result: MixResult;
  readBack: ReadBack;
}

async function throughInvoke(dataDir: string, plan: CenterPlan, minutes: number): Promise<InvokeLeg> {
  const backend = createBackend({ dataDir, passwordCostLog2: 10 });
  try {
    const lines: DeskLine[] = plan.desks.map(() => {
      const session = backend.newSession();
      return { call: (method, input, key) => backend.invoke(session, method, input, { idempotencyKey: key }) };
    });
    const result = await runDeskMix({ plan, lines, durationMs: minutes * 60_000, tagPrefix: 'LI', listen: false }, DESK_PASSWORD);
    const aloneSession = backend.newSession();
    const aloneCall = (method: MethodName, input: unknown) => backend.invoke(aloneSession, method, input);
    await signedInAlone(aloneCall, plan);
    const alone = await oneDeskAlone(aloneCall, plan);
    return { alone, result, readBack: readBack(backend.databaseFile, 'LI', result.acknowledged, result.unanswered) };
  } finally {
    backend.close();
  }
}

const cpuShare = (used: number | null, seconds: number) =>
  used === null ? 'not measured' : `${used.toFixed(1)} s over ${seconds.toFixed(0)} s (${((used / seconds) * 100).toFixed(1)}% of one core)`;
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function memoryLines(samples: HostMemorySample[]): string[] {
  if (samples.length < 4) return ['Too few memory samples to judge.'];
  // The first minute is the host starting and the desks signing in; flat is judged after it.
  const settled = samples.filter((s) => s.at >= samples[0]!.at + 60_000);
  const span = settled.length >= 4 ? settled : samples;
  const quarter = Math.max(1, Math.floor(span.length / 4));
  const mean = (list: HostMemorySample[], key: 'rss' | 'heapUsed') => list.reduce((a, s) => a + s[key], 0) / list.length;
  const row = (key: 'rss' | 'heapUsed') => {
    const values = span.map((s) => s[key]);
    const first = mean(span.slice(0, quarter), key);
    const last = mean(span.slice(-quarter), key);
    return `| ${key} | ${mb(Math.min(...values))} | ${mb(Math.max(...values))} | ${mb(first)} | ${mb(last)} | ${(((last - first) / first) * 100).toFixed(1)}% |`;
  };
  return [
    `Host memory, sampled every ${MEMORY_EVERY_MS / 1000} s (${samples.length} samples; the first minute left out). MB.`,
    '',
    '| | min | max | mean of the first quarter | mean of the last quarter | change |',
    '|---|---:|---:|---:|---:|---:|',
    row('rss'),
    row('heapUsed'),
  ];
}

function readBackLine(label: string, back: ReadBack, result: MixResult): string {
  const counts = (kind: string) => result.acknowledged.filter((c) => c.kind === kind).length;
  return `${label}: ${result.acknowledged.length} acknowledged creates (${counts('request')} requests, ${counts('complaint')} complaint forms, ${counts('movement')} stock movements), ${back.rows} found; lost ${back.lost.length}, duplicated ${back.duplicated.length}, under another id ${back.otherId.length}, unexpected ${back.unexpected.length}; ${result.unanswered.length} creates unanswered.`;
}

function aloneLines(https: Map<string, Percentiles>, invoke: Map<string, Percentiles>): string[] {
  const rows = ALONE.map(({ method }) => {
    const h = https.get(method)!;
    const i = invoke.get(method)!;
    return `| ${method} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(i.p50)} | ${ms(i.p95)} | ${ms(h.p50 - i.p50)} |`;
  });
  return [
    `One desk alone after the run, one call at a time (${ALONE_CALLS} of each, after 20 to warm up): what the network itself adds to a call, with no queue on the host or in the desks' process. ms.`,
    '',
    '| call | HTTPS p50 | p95 | invoke p50 | p95 | network at p50 |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ];
}

export function lanMarkdown(options: LanBenchOptions, https: HttpsLeg, invoke: InvokeLeg): string {
  const methods = [...https.result.timings.keys()].sort();
  const all = (timings: Map<string, number[]>) => percentilesOf([...timings.values()].flat());
  const rows = methods.map((method) => {
    const h = percentilesOf(https.result.timings.get(method)!);
    const samples = invoke.result.timings.get(method);
    const i: Percentiles | null = samples ? percentilesOf(samples) : null;
    const invokeCells = i ? `${i.n} | ${ms(i.p50)} | ${ms(i.p95)} | ${ms(i.p99)} | ${ms(h.p50 - i.p50)}` : '0 | – | – | – | –';
    return `| ${method} | ${h.n} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(h.p99)} | ${ms(h.max)} | ${h.p95 <= P95_GOAL_MS ? 'yes' : 'NO'} | ${invokeCells} |`;
  });
  const httpsAll = all(https.result.timings);
  const invokeAll = all(invoke.result.timings);
  const missed = methods.filter((m) => percentilesOf(https.result.timings.get(m)!).p95 > P95_GOAL_MS);
  const n = https.result.notices!;
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  const duringMean = https.load.during.length ? https.load.during.reduce((a, b) => a + b, 0) / https.load.during.length : NaN;
  const seconds = https.result.elapsedMs / 1000;
  return [
    `# ${options.desks} desks on one host over HTTPS (issue 19)`,
    '',
    `\`npm run bench -- --only lan --lan-minutes ${options.minutes}\`. Measured ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}, ${seconds.toFixed(0)} s over HTTPS (loopback, 127.0.0.1), then ${(invoke.result.elapsedMs / 1000).toFixed(0)} s through invoke on the host alone.`,
    `Think time ${THINK_MS.min / 1000}–${THINK_MS.max / 1000} s between a desk's actions, the board every ${BOARD_EVERY_MS / 1000} s; archive of ${SCALE.customers} customers and ${SCALE.pastRequests} past calls, ${SCALE.partsPerStoreDesk} parts per store desk.`,
    `Load average (1 / 5 / 15 min) before ${load(https.load.before)}, after ${load(https.load.after)}; 1-min mean during the run ${duringMean.toFixed(2)} (max ${Math.max(...https.load.during, 0).toFixed(2)}), on ${availableParallelism()} cores (shared with other work).`,
    `CPU: the host ${cpuShare(https.hostCpuSeconds, seconds)}; the desks' process ${cpuShare(https.desksCpuSeconds, seconds)}.`,
    '',
    `Calls: ${httpsAll.n} over HTTPS (${(httpsAll.n / seconds).toFixed(1)} a second), errors ${https.result.errors.length}; ${invokeAll.n} through invoke, errors ${invoke.result.errors.length}. Times in ms.`,
    '',
    '| operation | n | HTTPS p50 | p95 | p99 | max | p95 ≤ 50 | invoke n | invoke p50 | p95 | p99 | network at p50 |',
    '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| every call | ${httpsAll.n} | ${ms(httpsAll.p50)} | ${ms(httpsAll.p95)} | ${ms(httpsAll.p99)} | ${ms(httpsAll.max)} | ${httpsAll.p95 <= P95_GOAL_MS ? 'yes' : 'NO'} | ${invokeAll.n} | ${ms(invokeAll.p50)} | ${ms(invokeAll.p95)} | ${ms(invokeAll.p99)} | ${ms(httpsAll.p50 - invokeAll.p50)} |`,
    '',
    `p95 ≤ ${P95_GOAL_MS} ms for every operation: ${missed.length === 0 ? 'met' : `NOT met for ${missed.join(', ')}`}. Network at p50 ≤ ~2 ms a call, all 30 desks: ${httpsAll.p50 - invokeAll.p50 <= 2 ? 'met' : 'NOT met'}.`,
    '',
    ...aloneLines(https.alone, invoke.alone),
    '',
    readBackLine('Over HTTPS', https.readBack, https.result),
    readBackLine('Through invoke', invoke.readBack, invoke.result),
    ...(https.result.errors.length > 0 ? ['', 'Errors over HTTPS (first 10):', ...https.result.errors.slice(0, 10).map((e) => `- ${e.desk} ${e.method}: ${e.code} ${e.message}`)] : []),
    '',
    `Change notices: ${n.expected} expected (each write, to each of the ${options.desks - 1} other desks), ${n.delivered} heard, ${n.missing} missing, ${n.mismatched} out of order; from the writer's answer to each listener: p50 ${ms(n.latency.p50)}, p95 ${ms(n.latency.p95)}, p99 ${ms(n.latency.p99)}, max ${ms(n.latency.max)} ms (${n.beforeTheAnswer} heard before the writer had its answer, counted 0). Goal p95 ≤ ${NOTICE_P95_GOAL_MS} ms: ${n.latency.p95 <= NOTICE_P95_GOAL_MS && n.missing === 0 ? 'met' : 'NOT met'}.`,
    '',
    ...memoryLines(https.memory),
    '',
    'Actions (HTTPS leg): ' + Object.entries(https.result.actions).sort().map(([a, c]) => `${a} ${c}`).join(', ') + '.',
    '',
  ].join('\n');
}

export async function runLanBench(options: LanBenchOptions): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'aftersales-bench-lan-'));
  try {
    const httpsDir = join(root, 'https');
    const invokeDir = join(root, 'invoke');
    mkdirSync(httpsDir);
    let t0 = performance.now();
    const { plan, databaseFile } = await prepare(httpsDir, options.desks);
    console.log(`center prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    cpSync(httpsDir, invokeDir, { recursive: true });
    const invokePlan = structuredClone(plan);
    t0 = performance.now();
    const https = await overHttps(httpsDir, databaseFile, plan, options.minutes, options.hostProfileDir);
    console.log(`HTTPS leg done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const invoke = await throughInvoke(invokeDir, invokePlan, options.invokeMinutes);
    const markdown = lanMarkdown(options, https, invoke);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/lan.md', markdown);
    const summary = (r: MixResult) => ({
      elapsedMs: r.elapsedMs,
      errors: r.errors,
      actions: r.actions,
      notices: r.notices,
      timings: Object.fromEntries([...r.timings].map(([m, s]) => [m, percentilesOf(s)])),
    });
    writeFileSync(
      'bench-results/lan.json',
      JSON.stringify({ options, measuredAt: new Date().toISOString(), alone: { https: Object.fromEntries(https.alone), invoke: Object.fromEntries(invoke.alone) }, https: { ...summary(https.result), readBack: https.readBack, memory: https.memory, hostCpuSeconds: https.hostCpuSeconds, desksCpuSeconds: https.desksCpuSeconds, load: https.load }, invoke: { ...summary(invoke.result), readBack: invoke.readBack } }, null, 2),
    );
    return markdown;
  } finally {
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
