// The closing tally against real reports (written by Playwright 1.65 and vitest on small specs made to fail, be cut
// short or be skipped; see scripts/tally-fixtures): what never ran is not passed and fails the run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addE2eReport, addStep, addUnitReport, closingLine, e2eOutcome, emptyTally } from './tally.mjs';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./tally-fixtures/${name}.json`, import.meta.url), 'utf8'));

describe('the end-to-end tally', () => {
  it('counts every test of a clean run, the Electron spec skipped on a machine without Electron', () => {
    const tally = addE2eReport(emptyTally(), fixture('e2e-all-passed'), true);
    expect(tally).toMatchObject({ passed: 6, failed: 0, skipped: 2, didNotRun: 0, failures: [] });
    expect(closingLine(tally)).toBe('6 passed, 0 failed, 2 skipped');
  });

  it('counts the tests a failure in a serial group and a failed dependency left unrun as not passed', () => {
    const report = fixture('e2e-serial-failure');
    // Playwright's own summary calls them skipped, as the old tally did ("1 failed, 6 skipped").
    expect(report.stats).toMatchObject({ expected: 1, unexpected: 1, skipped: 6 });
    const tally = addE2eReport(emptyTally(), report, false);
    expect(tally).toMatchObject({ passed: 1, failed: 5, skipped: 2, didNotRun: 4 });
    expect(tally.failures).toEqual(['e2e [foundation] foundation.spec.ts › every administrator screen, in both languages']);
    expect(tally.notRun).toEqual([
      'e2e [foundation] foundation.spec.ts › the new user sees only the navigation their roles permit',
      'e2e [foundation] foundation.spec.ts › a backup restored brings back the data as it was',
      'e2e [browser] requests.spec.ts › a call is logged',
      'e2e [browser] requests.spec.ts › a call is printed',
    ]);
    expect(closingLine(tally)).toBe('1 passed, 5 failed, 2 skipped (4 of the failed did not run)');
  });

  it('counts an interrupted run: the test cut off and the ones after it did not run', () => {
    const tally = addE2eReport(emptyTally(), fixture('e2e-interrupted'), false);
    expect(tally).toMatchObject({ passed: 1, failed: 5, skipped: 2, didNotRun: 5 });
    expect(tally.notRun[0]).toBe('e2e [foundation] foundation.spec.ts › every administrator screen, in both languages');
  });

  it('counts a run stopped by the global timeout as failed, naming the timeout', () => {
    const tally = addE2eReport(emptyTally(), fixture('e2e-global-timeout'), false);
    expect(tally).toMatchObject({ passed: 1, skipped: 2, didNotRun: 5 });
    expect(tally.failed).toBeGreaterThanOrEqual(6);
    expect(tally.failures.some((failure) => failure.includes('Timed out waiting 3s for the test suite to run'))).toBe(true);
  });

  it('a failed run with no report is one failure, and a skip on purpose is no failure', () => {
    expect(addE2eReport(emptyTally(), null, false)).toMatchObject({ passed: 0, failed: 1 });
    expect(e2eOutcome({ status: 'skipped', expectedStatus: 'skipped' })).toBe('skipped');
    expect(e2eOutcome({ status: 'skipped', expectedStatus: 'passed' })).toBe('did not run');
    expect(e2eOutcome({ status: 'flaky', expectedStatus: 'passed' })).toBe('passed');
  });
});

describe('the unit tally', () => {
  it('counts a test file that failed to load as a failure beside a failed test', () => {
    const report = fixture('unit-file-failed-to-load');
    // vitest's own count leaves the file out (the old tally added one failure only when no test had failed).
    expect(report).toMatchObject({ numPassedTests: 1, numFailedTests: 1, numPendingTests: 1 });
    const tally = addUnitReport(emptyTally(), report, false, '/repo');
    expect(tally).toMatchObject({ passed: 1, failed: 2, skipped: 1, didNotRun: 0 });
    expect(tally.failures).toEqual([
      "vitest unit/broken.test.ts: Cannot find module './missing-module' imported from /repo/unit/broken.test.ts",
      'vitest unit/wrong.test.ts › subtracts',
    ]);
  });

  it('a failed run with no report is one failure', () => {
    expect(addUnitReport(emptyTally(), null, false)).toMatchObject({ failed: 1, failures: ['vitest: failed without a report of what failed'] });
  });
});

describe('the closing line', () => {
  it('keeps the form CI reads, the steps counted with the tests', () => {
    const tally = addStep(addStep(emptyTally(), true, 'type-check'), false, 'lint');
    expect(closingLine(tally)).toMatch(/^\d+ passed, \d+ failed/);
    expect(tally.failures).toEqual(['lint']);
  });
});
