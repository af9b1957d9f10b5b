// Bench of complaint forms at the issue's scale (50,000 forms, ≈ 3,000 a quarter, in every state, inside the center
// and transferred, each with its steps): a form's page, the register for a quarter (all, by unit, by state), the lists
// and the deadline board's part, through invoke as a supervisor and as the raw functions; then, separately, the
// register of a quarter printed to PDF by Chromium from the web host's print route.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend } from '../../electron/backend';
import type { Db } from '../../electron/backend/db/connection';
import { DatabaseHost } from '../../electron/backend/db/host';
import { writeComplaintHistory, type History } from '../../electron/backend/features/complaints/history-fixture';
import { dueComplaints, listComplaints } from '../../electron/backend/features/complaints/queries';
import { complaintRegister } from '../../electron/backend/features/complaints/register';
import { findComplaint } from '../../electron/backend/features/complaints/repository';
import { centerTimeZone, centerToday } from '../../electron/backend/lib/center-time';
import type { ApiInput, ApiOutput, MethodName } from '../../shared/api';
import { dayNumber, dateOfDayNumber } from '../../shared/calendar/day-numbers';
import { zoneClock } from '../../shared/calendar/zone';
import { nameKey } from '../../shared/customers/text';
import { measure, Random, writeReport, type Comparison, type Timing } from './harness';

export interface ComplaintsScale {
  complaints: number;
  /** Forms received a quarter: the span of the history is complaints / perQuarter quarters. */
  perQuarter: number;
}

const DAY = 86_400_000;
const QUARTER = (365.25 / 4) * DAY;
const PASSWORD = 'bench-password-1';
const CUSTOMERS = 5000;
const AGENTS = 20;
/** The register's print route (built beside this bench); ready when the body says so. */
const REGISTER_PRINT_ROUTE = '#/print/complaint-register';
const PRINT_READY_TIMEOUT_MS = 30_000;

const CITIES = ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州'];
const KINDS = ['人民医院', '市民中心', '轨道交通运营公司', '自来水公司', '第一中学', '税务局', '会展中心', '物流园', '数据中心', '档案馆'];

function insertCustomers(db: Db, now: number): number[] {
  const insert = db.prepare(
    `INSERT INTO customers (code, name, name_key, kind, region, created_at, updated_at) VALUES (?, ?, ?, 'organization', ?, ?, ?)`,
  );
  return Array.from({ length: CUSTOMERS }, (_, i) => {
    const city = CITIES[i % CITIES.length]!;
    const name = `${city}${KINDS[Math.floor(i / CITIES.length) % KINDS.length]}${Math.floor(i / 100) + 1}号`;
    return Number(insert.run(`KH-${String(i + 1).padStart(6, '0')}`, name, nameKey(name), city, now, now).lastInsertRowid);
  });
}

/** The dates of the last full calendar quarter before `today` (YYYY-MM-DD), and the one before it. */
function lastQuarters(today: string): Array<{ from: string; to: string }> {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const quarters: Array<{ from: string; to: string }> = [];
  let q = Math.floor((month - 1) / 3) - 1;
  let y = year;
  for (let i = 0; i < 2; i++, q--) {
    if (q < 0) {
      q += 4;
      y -= 1;
    }
    const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const next = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
    quarters.push({ from, to: dateOfDayNumber(dayNumber(next) - 1) });
  }
  return quarters;
}

interface Prepared {
  dataDir: string;
  history: History;
  quarter: { from: string; to: string };
  generation: { seconds: number; databaseMiB: number };
}

export interface ComplaintsBenchResult {
  rows: Comparison[];
  prepared: Prepared;
  registerRows: number;
}

export async function benchComplaints(scale: ComplaintsScale, dataDir: string): Promise<ComplaintsBenchResult> {
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const admin = backend.newSession();
  const session = backend.newSession();
  const ok = async <M extends MethodName>(call: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<ApiOutput<M>> => {
    const settled = await call;
    if (!settled.ok) throw new Error(settled.error?.message);
    return settled.value as ApiOutput<M>;
  };
  const invoke = <M extends MethodName>(method: M, input: ApiInput<M>) => ok<M>(backend.invoke(session, method, input));
  const host = new DatabaseHost(backend.databaseFile, {});
  try {
    await ok(backend.invoke(admin, 'auth.setup', { centerName: '基准测试售后服务中心', username: 'admin', displayName: '管理员', password: PASSWORD }));
    const user = async (username: string, displayName: string, roles: ApiInput<'users.create'>['roles']) =>
      (await ok<'users.create'>(backend.invoke(admin, 'users.create', { username, displayName, password: PASSWORD, roles }))).id;
    const agents: number[] = [];
    for (let i = 1; i <= AGENTS; i++) agents.push(await user(`agent${i}`, `话务员${i}`, ['agent']));
    const people = {
      agents,
      seatManager: await user('seat', '座席管理员', ['seat_manager']),
      infoManager: await user('info', '信息管理员', ['info_manager']),
      deptManager: await user('manager', '部门经理', ['dept_manager']),
    };
    await user('supervisor', '主管', ['supervisor']);
    await ok(backend.invoke(session, 'auth.login', { username: 'supervisor', password: PASSWORD }));

    const db = host.open();
    const now = Date.now();
    const t0 = performance.now();
    db.pragma('synchronous = OFF');
    const customerIds = db.transaction(() => insertCustomers(db, now))();
    const span = (scale.complaints / scale.perQuarter) * QUARTER;
    const r = new Random(20261201);
    const history = writeComplaintHistory(db, {
      complaints: scale.complaints,
      from: now - span,
      to: now,
      now,
      customerIds,
      requestShare: 0.3,
      people,
      random: () => r.next(),
    });
    db.pragma('synchronous = FULL');
    const seconds = (performance.now() - t0) / 1000;
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const databaseMiB = statSync(backend.databaseFile).size / 2 ** 20;
    console.log(
      `generated ${history.complaintIds.length.toLocaleString('en')} complaint forms over ${(span / 365.25 / DAY).toFixed(1)} years ` +
        `(${history.steps.toLocaleString('en')} steps, ${history.requestIds.length.toLocaleString('en')} linked requests) in ${seconds.toFixed(1)} s; ` +
        `database ${databaseMiB.toFixed(0)} MiB`,
    );
    console.log(`states: ${JSON.stringify(history.states)}`);

    const rows: Comparison[] = [];
    const add = (operation: string, invokeTiming: Timing, raw: Timing, goalMs: number) => {
      rows.push({ operation, invoke: invokeTiming, raw, ratio: invokeTiming.p95 / raw.p95, goal: `invoke p95 ≤ ${goalMs} ms`, met: invokeTiming.p95 <= goalMs });
      console.log(`${operation}: invoke p50 ${invokeTiming.p50.toFixed(2)} ms, p95 ${invokeTiming.p95.toFixed(2)} ms; raw p95 ${raw.p95.toFixed(2)} ms`);
    };

    const pick = new Random(5);
    const ids = Array.from({ length: 1000 }, () => history.complaintIds[pick.int(history.complaintIds.length)]!);
    const pageRaw = await measure(1000, (i) => findComplaint(db, ids[i % ids.length]!, Date.now()));
    const pageInvoke = await measure(1000, (i) => invoke('complaints.get', { id: ids[i % ids.length]! }));
    add("a form's page (complaints.get: part 1, part 2, deadline, steps)", pageInvoke, pageRaw, 10);

    const today = centerToday(db, now);
    const [quarter, earlier] = lastQuarters(today) as [{ from: string; to: string }, { from: string; to: string }];
    const sizes = (await invoke('complaints.register', { ...quarter, limit: 20_000 })).rows.length;
    // A unit other than the center's own after-sales department: the register of what went to engineering.
    const engineering = db.prepare(`SELECT id FROM departments WHERE name = '工程部'`).pluck().get() as number;
    const registers: Array<[string, ApiInput<'complaints.register'>]> = [
      [`the register for a quarter (${quarter.from} to ${quarter.to}, ${sizes.toLocaleString('en')} rows)`, { ...quarter, limit: 10_000 }],
      ['the register for the quarter before', { ...earlier, limit: 10_000 }],
      ['the register for a quarter, one unit', { ...quarter, departmentId: engineering, limit: 10_000 }],
      ['the register for a quarter, one state (filed)', { ...quarter, state: 'filed', limit: 10_000 }],
    ];
    for (const [operation, input] of registers) {
      const query = {
        from: input.from,
        to: input.to,
        limit: input.limit ?? 10_000,
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
        ...(input.state !== undefined && { state: input.state }),
      };
      const raw = await measure(60, () => complaintRegister(db, query, Date.now()), 5);
      const timing = await measure(60, () => invoke('complaints.register', input), 5);
      add(operation, timing, raw, 100);
    }

    const lists: Array<[string, ApiInput<'complaints.list'>]> = [
      ['list: first page, newest first', {}],
      ['list: by state (sent, with the unit)', { state: 'sent' }],
      ['list: by state (filed)', { state: 'filed' }],
      ['list: by unit', { departmentId: engineering }],
      ['list: overdue, oldest due first', { overdue: true }],
    ];
    for (const [operation, input] of lists) {
      const filter = {
        ...(input.state !== undefined && { state: input.state }),
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
        ...(input.overdue !== undefined && { overdue: input.overdue }),
      };
      const raw = await measure(400, () => listComplaints(db, filter, null, 51, Date.now()));
      const timing = await measure(400, () => invoke('complaints.list', { ...input, limit: 50 }));
      add(`${operation} (50 rows)`, timing, raw, 20);
    }

    const endOfToday = zoneClock(centerTimeZone(db)).startOfDay(dayNumber(today) + 1);
    const dueRaw = await measure(200, () => dueComplaints(db, Date.now(), endOfToday, 200));
    const dueInvoke = await measure(200, () => invoke('complaints.due', { limit: 200 }));
    const due = await invoke('complaints.due', { limit: 200 });
    add(`the deadline board's part (complaints.due: ${due.late.length} late, ${due.dueToday.length} due today)`, dueInvoke, dueRaw, 50);

    // Today's backup is taken, as in a center's data folder: the web host of the PDF measurement does not start one.
    backend.services.backups.runDailyIfDue();
    return { rows, prepared: { dataDir, history, quarter, generation: { seconds, databaseMiB } }, registerRows: sizes };
  } finally {
    host.close();
    backend.close();
  }
}

export interface PdfFigure {
  skipped: string | null;
  cold?: number;
  warm?: Timing;
  pages?: number;
  bytes?: number;
  /** Of navigation to file written, the part until the page said it was ready (the rest is Chromium printing). */
  readyMedian?: number;
}

async function waitForServer(url: string, child: ReturnType<typeof spawn>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the web host exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the web host did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/**
 * The register of a quarter as a PDF, the way a supervisor gets it: the web host over the bench's data folder,
 * signed in as the supervisor, the print route opened in Chromium and `page.pdf()` written; timed from navigation to
 * the file on disk. Skipped, not failed, while the print route is not there yet (never ready within 30 s).
 */
export async function measureRegisterPdf(dataDir: string, quarter: { from: string; to: string }, runs = 5): Promise<PdfFigure> {
  const rendererDir = resolve(process.env.BENCH_RENDERER_DIR ?? 'dist/renderer');
  if (!process.env.BENCH_RENDERER_DIR) {
    const { ensureRendererBuilt } = (await import('../lib/renderer-build.mjs')) as { ensureRendererBuilt: (o?: { quiet?: boolean }) => Promise<void> };
    await ensureRendererBuilt({ quiet: true });
  }
  if (!existsSync(join(rendererDir, 'index.html'))) return { skipped: `no renderer build in ${rendererDir}` };
  const { findChromium } = (await import('../lib/find-chromium.mjs')) as { findChromium: () => string | null };
  const executablePath = findChromium();
  if (!executablePath) return { skipped: 'no Chromium found' };
  const { chromium, request } = await import('playwright-core');

  const port = 4900 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/cli.ts', '--port', String(port), '--data-dir', dataDir, '--renderer-dir', rendererDir],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pdfDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-pdf-'));
  try {
    await waitForServer(`${base}/`, child, 60_000);
    // The host checks the database's integrity once after it starts (a worker reading the whole file): let it finish.
    const admin = await request.newContext({ baseURL: base, extraHTTPHeaders: { Origin: base } });
    await admin.post('/api/auth.login', { data: { username: 'admin', password: PASSWORD } });
    for (let waited = 0; waited < 60_000; waited += 500) {
      const status = (await (await admin.post('/api/system.status', { data: {} })).json()) as { ok: boolean; value?: { integrity: { state: string } } };
      if (!status.ok || status.value?.integrity.state !== 'pending') break;
      await new Promise((done) => setTimeout(done, 500));
    }
    await admin.dispose();
    const context = await browser.newContext({ baseURL: base, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const login = await context.request.post('/api/auth.login', { data: { username: 'supervisor', password: PASSWORD }, headers: { Origin: base } });
    const signedIn = (await login.json()) as { ok: boolean; error?: { message: string } };
    if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.error?.message}`);
    const page = await context.newPage();
    const url = `${base}/${REGISTER_PRINT_ROUTE}?from=${quarter.from}&to=${quarter.to}`;
    const readyTimes: number[] = [];
    const once = async (i: number): Promise<{ ms: number; file: string } | null> => {
      const file = join(pdfDir, `register-${i}.pdf`);
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(url);
      try {
        const ready = () => ['true', 'error'].includes(document.body.dataset.printReady ?? '');
        await page.waitForFunction(ready, undefined, { timeout: PRINT_READY_TIMEOUT_MS, polling: 50 });
      } catch {
        return null;
      }
      if ((await page.evaluate(() => document.body.dataset.printReady)) === 'error') throw new Error('the print page reported an error');
      readyTimes.push(performance.now() - t0);
      await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
      return { ms: performance.now() - t0, file };
    };
    const first = await once(0);
    if (!first) return { skipped: 'print route not ready' };
    const pdf = readFileSync(first.file);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    let n = 1;
    const warm = await measure(runs, async () => {
      const run = await once(n++);
      if (!run) throw new Error('the print route stopped getting ready');
    }, 0);
    readyTimes.sort((a, b) => a - b);
    return { skipped: null, cold: first.ms, warm, pages, bytes: pdf.length, readyMedian: readyTimes[Math.floor(readyTimes.length / 2)]! };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(pdfDir, { recursive: true, force: true });
  }
}

export async function runComplaintsBench(scale: ComplaintsScale): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-complaints-'));
  try {
    const { rows, prepared, registerRows } = await benchComplaints(scale, dataDir);
    const pdf = await measureRegisterPdf(dataDir, prepared.quarter);
    const pdfLine = pdf.skipped
      ? `PDF: skipped — ${pdf.skipped}`
      : `PDF of the register for ${prepared.quarter.from} to ${prepared.quarter.to} (${registerRows.toLocaleString('en')} rows, ${pdf.pages} pages, ` +
        `${((pdf.bytes ?? 0) / 1024).toFixed(0)} KiB), navigation to file written: first ${((pdf.cold ?? 0) / 1000).toFixed(2)} s, ` +
        `then p50 ${((pdf.warm?.p50 ?? 0) / 1000).toFixed(2)} s, p95 ${((pdf.warm?.p95 ?? 0) / 1000).toFixed(2)} s, of which ` +
        `${((pdf.readyMedian ?? 0) / 1000).toFixed(2)} s until the page was ready (median) (goal ≤ 5 s: ` +
        `${Math.max(pdf.cold ?? 0, pdf.warm?.p95 ?? 0) <= 5000 ? 'met' : 'NOT met'})`;
    console.log(pdfLine);
    const { history, generation } = prepared;
    let markdown = writeReport('complaints', "Complaint forms: a form's page, the register for a quarter, the lists, the deadline board", { ...scale }, rows);
    markdown += [
      '',
      `Data: ${history.complaintIds.length.toLocaleString('en')} forms over ${((scale.complaints / scale.perQuarter) / 4).toFixed(1)} years ` +
        `(≈ ${scale.perQuarter.toLocaleString('en')} a quarter), ${history.steps.toLocaleString('en')} steps ` +
        `(${(history.steps / history.complaintIds.length).toFixed(1)} a form), ${history.requestIds.length.toLocaleString('en')} linked complaint calls, ` +
        `${CUSTOMERS.toLocaleString('en')} customers; states ${Object.entries(history.states).map(([s, n]) => `${s} ${n}`).join(', ')}; ` +
        `generated in ${generation.seconds.toFixed(1)} s; database ${generation.databaseMiB.toFixed(0)} MiB.`,
      'Through invoke as a supervisor; "raw" is the same repository function on a second connection.',
      '',
      pdfLine,
      '',
    ].join('\n');
    writeFileSync(join('bench-results', 'complaints.md'), markdown);
    const json = JSON.parse(readFileSync(join('bench-results', 'complaints.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join('bench-results', 'complaints.json'), JSON.stringify({ ...json, generation, states: history.states, steps: history.steps, pdf }, null, 2));
    return markdown;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
