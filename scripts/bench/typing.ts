// Bench of what an agent feels while typing into the top bar's search (issue 22, item 1): 100,000 customers seeded as
// the customers bench does, the web server (electron/web) serving the built renderer, Chromium typing a phone number
// and a name at 120 ms a key. In the page: each keystroke's time (its input event), each answer's painting (a
// MutationObserver on the popup's data-answered, then the frame after it) and the search requests (Resource Timing).
// Measured: last key → its results painted (p50/p95) split into wait (key → request sent), request (sent → answer
// received) and paint (received → painted), and whether every keystroke's own answer was painted before the next key.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { build } from 'vite';
import { createBackend } from '../../electron/backend';
import { DatabaseHost } from '../../electron/backend/db/host';
import { rebuildCustomerSearch } from '../../electron/backend/features/customers/search-index';
import { createWebServer } from '../../electron/web/server';
import { normalizePhone } from '../../shared/customers/phones';
import { generate } from './customers';
import { percentilesOf } from '../../electron/web/load/figures';
import { Random } from './harness';

export interface TypingScale {
  customers: number;
  runs: number;
  keyDelayMs: number;
  rendererDir: string | null;
  chromium: string;
}

interface RunFigures {
  query: string;
  keys: number;
  lastKeyToPaint: number;
  wait: number;
  request: number;
  paint: number;
  keysAnsweredInTime: number;
}

const PASSWORD = 'bench-password-1';

// Installed before the page's own scripts: records typing, answers shown and their painting. A string, not a function:
// tsx's transform names functions with a helper the page does not have.
const PROBE = `
(() => {
  const probe = { inputs: [], shown: [] };
  window.__typing = probe;
  document.addEventListener('input', (event) => {
    const target = event.target;
    if (target && target.dataset && target.dataset.testid === 'quick-search') probe.inputs.push({ value: target.value.trim(), at: event.timeStamp });
  }, true);
  new MutationObserver(() => {
    const popup = document.querySelector('[data-testid="quick-search-popup"]');
    const answered = (popup && popup.getAttribute('data-answered')) || '';
    const last = probe.shown[probe.shown.length - 1];
    if (answered === '' || (last && last.answered === answered)) return;
    const shown = { answered, shownAt: performance.now(), paintedAt: 0 };
    probe.shown.push(shown);
    // The frame that paints this DOM: its rAF runs just before the paint, a task queued from it just after.
    requestAnimationFrame(() => setTimeout(() => { shown.paintedAt = performance.now(); }, 0));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-answered'] });
})();
`;

async function typeOnce(page: Page, query: string, keyDelayMs: number): Promise<RunFigures> {
  await page.getByTestId('quick-search').fill('');
  await page.evaluate(() => {
    const probe = (window as unknown as { __typing: { inputs: unknown[]; shown: unknown[] } }).__typing;
    probe.inputs.length = 0;
    probe.shown.length = 0;
    performance.clearResourceTimings();
  });
  await page.waitForTimeout(keyDelayMs);
  for (const key of query) {
    const started = Date.now();
    await page.keyboard.type(key);
    const left = keyDelayMs - (Date.now() - started);
    if (left > 0) await page.waitForTimeout(left);
  }
  await page.waitForFunction(
    (q) => (window as unknown as { __typing: { shown: Array<{ answered: string; paintedAt: number }> } }).__typing.shown.some((s) => s.answered === q && s.paintedAt > 0),
    query,
    { timeout: 10_000 },
  ).catch(async (error: unknown) => {
    await page.screenshot({ path: '/tmp/i22s-bench-fail.png' });
    console.error(query, JSON.stringify(await page.evaluate(() => (window as unknown as { __typing: unknown }).__typing)));
    throw error;
  });
  return page.evaluate((q) => {
    const probe = (window as unknown as {
      __typing: { inputs: Array<{ value: string; at: number }>; shown: Array<{ answered: string; shownAt: number; paintedAt: number }> };
    }).__typing;
    const inputs = probe.inputs;
    const last = inputs.at(-1)!;
    const painted = probe.shown.find((s) => s.answered === q)!.paintedAt;
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.includes('/api/customers.search'));
    const request = requests.find((e) => e.startTime >= last.at - 0.5);
    let keysAnsweredInTime = 0;
    for (let i = 0; i < inputs.length; i++) {
      const next = i + 1 < inputs.length ? inputs[i + 1]!.at : Infinity;
      if (probe.shown.some((s) => s.answered === inputs[i]!.value && s.paintedAt > 0 && s.paintedAt <= next)) keysAnsweredInTime += 1;
    }
    return {
      query: q,
      keys: inputs.length,
      lastKeyToPaint: painted - last.at,
      // No request after the last key: answered from the cache (the same prefix typed before).
      wait: request ? request.startTime - last.at : 0,
      request: request ? request.responseEnd - request.startTime : 0,
      paint: request ? painted - request.responseEnd : painted - last.at,
      keysAnsweredInTime,
    };
  }, query);
}


async function builtRenderer(dir: string | null): Promise<{ dir: string; built: boolean }> {
  if (dir && existsSync(join(dir, 'index.html'))) return { dir, built: false };
  const outDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-renderer-'));
  console.log(`building the renderer into ${outDir} (none at ${dir ?? 'dist/renderer'})`);
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return { dir: outDir, built: true };
}

export async function runTypingBench(scale: TypingScale): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-typing-'));
  const renderer = await builtRenderer(scale.rendererDir);
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const browser = await chromium.launch({ executablePath: scale.chromium });
  try {
    const setup = await backend.invoke(backend.newSession(), 'auth.setup', {
      centerName: '基准测试售后服务中心 Bench Center',
      username: 'admin',
      displayName: '管理员 Admin',
      password: PASSWORD,
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const host = new DatabaseHost(backend.databaseFile, {});
    const db = host.open();
    let t0 = performance.now();
    const samples = generate(db, { customers: scale.customers, equipment: 1000, events: 1 });
    rebuildCustomerSearch(db);
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    host.close();
    console.log(`seeded ${scale.customers} customers and the search index in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const server = createWebServer({ backend, rendererDir: renderer.dir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: base });
      await context.addInitScript({ content: PROBE });
      const page = await context.newPage();
      const login = await page.request.post('/api/auth.login', { data: { username: 'admin', password: PASSWORD } });
      if (!(await login.json()).ok) throw new Error('signing in failed');
      await page.goto('/');
      await page.getByTestId('quick-search').click();

      // Queries never typed before in this page (no answer from the cache): mobile numbers, and names of people.
      const r = new Random(20261205);
      const phones = [...new Set(samples.phones.map((typed) => normalizePhone(typed)).filter((d) => /^1\d{10}$/.test(d)))];
      const names = [...new Set(samples.names.filter((name, i) => samples.kinds[i] === 'individual' && [...name].length === 3))];
      const pick = (from: string[], n: number) => Array.from({ length: n }, () => from.splice(r.int(from.length), 1)[0]!);
      const kinds = [
        { kind: 'phone number (11 digits)', queries: pick(phones, scale.runs) },
        { kind: 'name (3 Chinese characters, one at a time)', queries: pick(names, scale.runs) },
      ];
      t0 = performance.now();
      for (const q of [...pick(phones, 3), ...pick(names, 3)]) await typeOnce(page, q, scale.keyDelayMs); // warm-up
      const results = [];
      for (const { kind, queries } of kinds) {
        const runs: RunFigures[] = [];
        for (const query of queries) runs.push(await typeOnce(page, query, scale.keyDelayMs));
        results.push({ kind, runs });
      }
      await context.close();
      return report(scale, results, (performance.now() - t0) / 1000);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    await browser.close();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (renderer.built) rmSync(renderer.dir, { recursive: true, force: true });
  }
}

function report(scale: TypingScale, results: Array<{ kind: string; runs: RunFigures[] }>, seconds: number): string {
  const f = (v: number) => v.toFixed(1);
  const lines = [
    '# Typing into the customer search: last key → results painted (Chromium, web server)',
    '',
    `Scale: ${scale.customers.toLocaleString('en')} customers; a key every ${scale.keyDelayMs} ms; ${scale.runs} runs a kind; ` +
      `measured ${new Date().toISOString()} in ${f(seconds)} s on ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} ` +
      '(the browser, the server and this script share them). Times in ms, p50 / p95.',
    '',
    '| typed | runs | last key → painted | wait (key → request) | request (sent → answered) | paint (answered → painted) | keystrokes answered before the next key | goal | met |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const { kind, runs } of results) {
    const total = percentilesOf(runs.map((x) => x.lastKeyToPaint));
    const part = (pick: (x: RunFigures) => number) => {
      const t = percentilesOf(runs.map(pick));
      return `${f(t.p50)} / ${f(t.p95)}`;
    };
    const answered = runs.reduce((a, x) => a + x.keysAnsweredInTime, 0);
    const keys = runs.reduce((a, x) => a + x.keys, 0);
    const met = total.p95 <= 100 && answered === keys;
    lines.push(
      `| ${kind} | ${runs.length} | ${f(total.p50)} / ${f(total.p95)} | ${part((x) => x.wait)} | ${part((x) => x.request)} | ${part((x) => x.paint)} | ${answered} of ${keys} | p95 ≤ 100 ms, every keystroke | ${met ? 'yes' : 'NO'} |`,
    );
  }
  lines.push(
    '',
    "Electron's IPC path (window.api.invoke → ipcMain → invoke) is not measured: no Electron binary can run on this machine; " +
      'the figures are the browser mode over HTTP (electron/web).',
  );
  return lines.join('\n') + '\n';
}
