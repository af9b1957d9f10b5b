// `npm test`: type-check, lint, unit and integration tests, then end-to-end tests in Chromium; one closing tally.
// With E2E_REQUIRED=1 (as .ci/run sets) a missing browser fails the run instead of skipping the end-to-end tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';
import { ensureRendererBuilt } from './lib/renderer-build.mjs';
import { addE2eReport, addStep, addUnitReport, closingLine, emptyTally } from './tally.mjs';

const tally = emptyTally();
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
const checks = await runSideBySide([
  { title: 'type-check', command: node, args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { title: 'lint', command: node, args: ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'] },
]);
addStep(tally, checks[0], 'type-check');
addStep(tally, checks[1], 'lint');

rmSync('test-results/unit-report.json', { force: true });
const unitOk = run('unit and integration tests (vitest)', node, ['node_modules/vitest/vitest.mjs', 'run']);
addUnitReport(tally, readJson('test-results/unit-report.json'), unitOk, process.cwd());

const chromium = findChromium();
if (!chromium) {
  const banner = '!'.repeat(78);
  console.log(`\n${banner}\n!! END-TO-END TESTS SKIPPED: no Chromium was found on this machine.`);
  console.log('!! Install one to run them: `apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium`,');
  console.log(`!! or point CHROMIUM_PATH at a Chromium or Chrome binary.\n${banner}`);
  if (process.env.E2E_REQUIRED === '1') {
    console.log('E2E_REQUIRED=1: a missing browser fails the run.');
    addStep(tally, false, 'e2e: no Chromium on this machine (E2E_REQUIRED=1)');
  }
} else {
  await ensureRendererBuilt();
  rmSync('test-results/e2e-report.json', { force: true });
  const e2eOk = run(`end-to-end tests (Playwright, ${chromium})`, node, ['node_modules/@playwright/test/cli.js', 'test']);
  const e2e = existsSync('test-results/e2e-report.json') ? readJson('test-results/e2e-report.json') : null;
  addE2eReport(tally, e2e, e2eOk);
}

// The closing lines are what a CI log keeps: name every failed test there, and every test that never ran.
if (tally.notRun.length > 0) {
  console.log('\nDid not run (an earlier test, a set-up or the run itself failed or was stopped):');
  for (const name of tally.notRun) console.log(`  ○ ${name}`);
}
if (tally.failures.length > 0) {
  console.log('\nFailed:');
  for (const failure of tally.failures) console.log(`  ✘ ${failure}`);
}
console.log(`\nnpm test took ${((Date.now() - started) / 60000).toFixed(1)} min`);
console.log(closingLine(tally));
process.exit(tally.failed === 0 ? 0 : 1);
