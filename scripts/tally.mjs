// The closing tally of `npm test`, from the reports vitest and Playwright write (pure: reports in, counts out), so that
// what did not run can never pass for "skipped": a serial group cut short by a failure, a project whose dependency
// failed, an interrupted run or one stopped by the global timeout leaves tests that never ran, and a run that left
// tests unrun has not passed.

/** @typedef {{ passed: number, failed: number, skipped: number, didNotRun: number, failures: string[], notRun: string[] }} Tally */

/** @returns {Tally} */
export function emptyTally() {
  return { passed: 0, failed: 0, skipped: 0, didNotRun: 0, failures: [], notRun: [] };
}

/**
 * A Playwright test's part in the tally. The report's `status` says "skipped" both for a test skipped on purpose and
 * for one that never ran; only the first was expected to be skipped (`test.skip()` sets `expectedStatus`).
 * @returns {'passed' | 'failed' | 'skipped' | 'did not run'}
 */
export function e2eOutcome(test) {
  if (test.status === 'expected' || test.status === 'flaky') return 'passed';
  if (test.status === 'unexpected') return 'failed';
  if (test.expectedStatus === 'skipped') return 'skipped';
  return 'did not run';
}

function walkE2e(suites, titles, visit) {
  for (const suite of suites ?? []) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) visit(test, `e2e [${test.projectName}] ${[...path, spec.title].join(' › ')}`);
    }
    walkE2e(suite.suites, path, visit);
  }
}

/**
 * Adds Playwright's JSON report to `tally`. `ok` is whether the run exited 0: a failed run with nothing to show for it
 * (the web server did not start, the report is missing) still counts as one failure.
 */
export function addE2eReport(tally, report, ok) {
  const before = tally.failed;
  if (report) {
    walkE2e(report.suites, [], (test, name) => {
      const outcome = e2eOutcome(test);
      if (outcome === 'passed') tally.passed += 1;
      else if (outcome === 'skipped') tally.skipped += 1;
      else if (outcome === 'failed') {
        tally.failed += 1;
        tally.failures.push(name);
      } else {
        // Not passed: it counts among the failed, and the closing line says how many of those never ran.
        tally.failed += 1;
        tally.didNotRun += 1;
        tally.notRun.push(name);
      }
    });
    // Errors outside any test: a global set-up or the global timeout ("Timed out waiting 900s for the test suite to run").
    for (const error of report.errors ?? []) {
      tally.failed += 1;
      tally.failures.push(`e2e: ${String(error.message ?? error.value ?? 'error').split('\n')[0]}`);
    }
  }
  if (!ok && tally.failed === before) {
    tally.failed += 1;
    tally.failures.push('e2e: Playwright failed without a report of what failed');
  }
  return tally;
}

/** Adds vitest's JSON report to `tally`; a test file that fails to load (an import, a syntax error) is a failure too. */
export function addUnitReport(tally, report, ok, cwd = '') {
  const before = tally.failed;
  if (report) {
    const relative = (name) => (cwd && name.startsWith(`${cwd}/`) ? name.slice(cwd.length + 1) : name);
    for (const file of report.testResults ?? []) {
      const tests = file.assertionResults ?? [];
      for (const test of tests) {
        if (test.status === 'passed') tally.passed += 1;
        else if (test.status === 'failed') {
          tally.failed += 1;
          tally.failures.push(`vitest ${relative(file.name)} › ${test.fullName}`);
        } else tally.skipped += 1; // skipped, pending, todo
      }
      if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
        tally.failed += 1;
        tally.failures.push(`vitest ${relative(file.name)}: ${String(file.message ?? 'failed').split('\n')[0]}`);
      }
    }
  }
  if (!ok && tally.failed === before) {
    tally.failed += 1;
    tally.failures.push('vitest: failed without a report of what failed');
  }
  return tally;
}

/** Adds one step that either works or not (type-check, lint, a missing browser when one is required). */
export function addStep(tally, ok, name) {
  if (ok) tally.passed += 1;
  else {
    tally.failed += 1;
    tally.failures.push(name);
  }
  return tally;
}

/**
 * The closing line, which CI reads: `N passed, N failed, N skipped` as always, and when tests never ran, how many of
 * the failed they are (they are in the failed count, so a reader of the first two numbers cannot miss them).
 */
export function closingLine(tally) {
  const line = `${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`;
  return tally.didNotRun > 0 ? `${line} (${tally.didNotRun} of the failed did not run)` : line;
}
