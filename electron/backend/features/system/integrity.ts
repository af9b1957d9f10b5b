// The background integrity check: PRAGMA quick_check on a read-only connection in a worker thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DriverOptions } from '../../db/connection';
import type { IntegrityState } from '../../../../shared/api/system';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.modulePath);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  const rows = db.pragma('quick_check').map((row) => String(row.quick_check));
  parentPort.postMessage({ rows });
} catch (error) {
  parentPort.postMessage({ error: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}
`;

export interface IntegrityReport {
  state: IntegrityState;
  details: string[];
  checkedAt: number | null;
}

export class IntegrityMonitor {
  private report: IntegrityReport = { state: 'pending', details: [], checkedAt: null };
  private running: Promise<IntegrityReport> | null = null;

  constructor(
    private readonly file: string,
    private readonly driver: DriverOptions,
    private readonly now: () => number,
    private readonly onReport: (report: IntegrityReport) => void = () => {},
  ) {}

  get current(): IntegrityReport {
    return this.report;
  }

  /** Starts a check unless one is running; resolves with its report. */
  start(): Promise<IntegrityReport> {
    this.running ??= this.check().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async check(): Promise<IntegrityReport> {
    this.report = { ...this.report, state: 'pending' };
    const modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
    const outcome = await new Promise<{ rows?: string[]; error?: string }>((resolve) => {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { modulePath, file: this.file, nativeBinding: this.driver.nativeBinding },
      });
      worker.once('message', resolve);
      worker.once('error', (error) => resolve({ error: error.message }));
      worker.once('exit', (code) => resolve({ error: `the check stopped (exit code ${code})` }));
    });
    const rows = outcome.rows ?? [outcome.error ?? 'unknown error'];
    const ok = outcome.rows !== undefined && rows.length === 1 && rows[0] === 'ok';
    this.report = { state: ok ? 'ok' : 'failed', details: ok ? [] : rows, checkedAt: this.now() };
    this.onReport(this.report);
    return this.report;
  }
}
