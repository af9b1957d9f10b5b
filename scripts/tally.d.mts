// Types of tally.mjs for the TypeScript that uses it (its test).
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  didNotRun: number;
  failures: string[];
  notRun: string[];
}
export function emptyTally(): Tally;
export function e2eOutcome(test: { status: string; expectedStatus: string }): 'passed' | 'failed' | 'skipped' | 'did not run';
export function addE2eReport(tally: Tally, report: unknown, ok: boolean): Tally;
export function addUnitReport(tally: Tally, report: unknown, ok: boolean, cwd?: string): Tally;
export function addStep(tally: Tally, ok: boolean, name: string): Tally;
export function closingLine(tally: Tally): string;
