// `npm test`: type-check, lint, unit and integration tests, then end-to-end tests in Chromium; one closing tally.
// With E2E_REQUIRED=1 (as .ci/run sets) a missing browser fails the run instead of skipping the end-to-end tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';
import { ensureRendererBuilt } from './lib/renderer-build.mjs';

const tally = { passed: 0, failed: 0, skipped: 0 };
/** Every failed test by name, printed again just above the closing line. */
const failures = [];

function collectE2eFailures(suites, titles) {
  for (const suite of suites) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') failures.push(`e2e [${test.projectName}] ${[...path, spec.title].join(' › ')}`);
      }
    }
    collectE2eFailures(suite.suites ?? [], path);
  }
}
const started = Date.now();

function run(title, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`━━ ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  return result.status === 0;
}

/**
 * Runs steps side by side (the machine has two cores; type-check and lint each use one), each step's output held back
 * and printed whole when it ends, so the log reads as if they ran one after another. Resolves to each step's success.
 */
function runSideBySide(steps) {
  return Promise.all(
    steps.map(
      ({ title, command, args }) =>
        new Promise((resolve) => {
          const t0 = Date.now();
          const output = [];
          const child = spawn(command, args, { env: process.env });
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('close', (status) => {
            const seconds = ((Date.now() - t0) / 1000).toFixed(1);
            console.log(`\n━━ ${title} ━━`);
            process.stdout.write(Buffer.concat(output));
            console.log(`━━ ${title}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
            resolve(status === 0);
          });
        }),
    ),
  );
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const node = process.execPath;
for (const ok of await runSideBySide([
  { title: 'type-check', command: node, args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { title: 'lint', command: node, args: ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'] },
])) {
  if (ok) tally.passed += 1;
  else tally.failed += 1;
}

rmSync('test-results/unit-report.json', { force: true });
const unitOk = run('unit and integration tests (vitest)', node, ['node_modules/vitest/vitest.mjs', 'run']);
const unit = readJson('test-results/unit-report.json');
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
  for (const file of unit.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failures.push(`vitest ${file.name.replace(process.cwd() + '/', '')} › ${test.fullName}`);
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed')) {
      failures.push(`vitest ${file.name.replace(process.cwd() + '/', '')}: ${String(file.message ?? '').split('\n')[0]}`);
    }
  }
  if (!unitOk && unit.numFailedTests === 0) tally.failed += 1;
} else if (!unitOk) tally.failed += 1;

const chromium = findChromium();
if (!chromium) {
  const banner = '!'.repeat(78);
  console.log(`\n${banner}\n!! END-TO-END TESTS SKIPPED: no Chromium was found on this machine.`);
  console.log('!! Install one to run them: `apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium`,');
  console.log(`!! or point CHROMIUM_PATH at a Chromium or Chrome binary.\n${banner}`);
  if (process.env.E2E_REQUIRED === '1') {
    console.log('E2E_REQUIRED=1: a missing browser fails the run.');
    tally.failed += 1;
  }
} else {
  await ensureRendererBuilt();
  rmSync('test-results/e2e-report.json', { force: true });
  const e2eOk = run(`end-to-end tests (Playwright, ${chromium})`, node, ['node_modules/@playwright/test/cli.js', 'test']);
  const e2e = existsSync('test-results/e2e-report.json') ? readJson('test-results/e2e-report.json') : null;
  if (e2e?.stats) {
    tally.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    tally.failed += e2e.stats.unexpected;
    tally.skipped += e2e.stats.skipped;
    collectE2eFailures(e2e.suites ?? [], []);
    if (!e2eOk && e2e.stats.unexpected === 0) tally.failed += 1;
  } else if (!e2eOk) tally.failed += 1;
}

if (failures.length > 0) {
  // The closing lines are what a CI log keeps: name every failed test there.
  console.log('\nFailed:');
  for (const failure of failures) console.log(`  ✘ ${failure}`);
}
console.log(`\nnpm test took ${((Date.now() - started) / 60000).toFixed(1)} min`);
console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed === 0 ? 0 : 1);
