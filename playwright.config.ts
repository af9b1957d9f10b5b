import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/lib/find-chromium.mjs';

// End-to-end tests drive the real stack: `electron/web` over a fresh data folder, in Chromium.
const port = Number(process.env.E2E_PORT ?? 4791);
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'aftersales-e2e-'));
const chromiumPath = findChromium();
// Two runs side by side (say, while developing) each need their own port (E2E_PORT) and results folder.
// Specs that change the whole center's settings or data under the other specs' feet (see the `center` project).
const CENTER_SPECS = /(administration|calendar|calendar-estimates)\.spec\.ts/;
const outputDir = process.env.E2E_OUTPUT_DIR ?? 'test-results';

export default defineConfig({
  testDir: 'e2e',
  outputDir,
  fullyParallel: false,
  // Two spec files at a time: one worker left a core idle most of the run (a browser waits on the server and the
  // server on the browser). Specs that change what every desk sees run on their own afterwards (the `center` project).
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${outputDir}/e2e-report.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    // A failed test keeps its trace: every action with the page's DOM before and after it, the network and the console.
    // Not the screencast (a picture of the screen many times a second, on every test, passed or not): on two cores it
    // took from the test time; screenshot: 'only-on-failure' keeps the screen as the test failed.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // The first-run spec sets the center up; every other browser spec signs in to what it created. A dependency skips
    // the whole `browser` project when it fails, so foundation.spec.ts is the set-up alone (one test) and nothing else
    // joins it. Specs stand alone otherwise: `mode: 'serial'` only where a test builds on the one before, since a
    // failure there leaves the rest unrun (npm test counts them as failed, "did not run").
    //
    // The `center` specs change what every other spec's desk would see: a restore ends every session and brings older
    // data back, the calendar's make-up days and the service levels move every deadline. They run alone, one file at a
    // time, once every `browser` spec has ended (as the set-up's `teardown`, which runs whether those passed or not).
    { name: 'foundation', testMatch: /foundation\.spec\.ts/, teardown: 'center' },
    { name: 'browser', testIgnore: [/electron\//, /foundation\.spec\.ts/, CENTER_SPECS], dependencies: ['foundation'] },
    { name: 'center', testMatch: CENTER_SPECS, workers: 1 },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    // E2E_RENDERER_DIR: a renderer built elsewhere (say, by a second run side by side with its own `vite build --outDir`).
    // A cheaper scrypt work factor than the console's: the suite signs in hundreds of times (0.4 s each at 2^17 here).
    command: `node --import tsx electron/web/cli.ts --port ${port} --data-dir ${process.env.E2E_DATA_DIR} --renderer-dir ${process.env.E2E_RENDERER_DIR ?? 'dist/renderer'} --password-cost 12`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
