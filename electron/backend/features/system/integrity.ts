// The background integrity check, in a worker thread on a read-only connection: PRAGMA quick_check (the file), then the
// store's ledger (every part's stock row against the sum of its movements and what its last movement left). The
// triggers of migration 012 keep them equal for every write through SQLite; a mismatch means the file was edited
// behind the console's back, and the report names the part.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DriverOptions } from '../../db/connection';
import type { IntegrityReport, LedgerMismatch } from '../../../../shared/api/system';

export type { IntegrityReport } from '../../../../shared/api/system';

/** At most this many mismatched parts are named (a file rewritten wholesale would otherwise fill the screen). */
export const LEDGER_MISMATCHES_SHOWN = 200;

/**
 * Every part whose stock row is missing, differs from the sum of its movements (quantity or value), or differs from
 * its last movement's balance. One pass over the movements grouped by part (the check reads the whole file anyway).
 */
export const LEDGER_CHECK_SQL = `
  WITH sums AS (
    SELECT part_id, count(*) AS n, sum(quantity) AS quantity, sum(value_fen) AS value_fen, max(id) AS last_id
    FROM stock_movements GROUP BY part_id
  )
  SELECT p.code, p.name, p.unit, s.part_id IS NOT NULL AS has_stock, s.on_hand, s.value_fen,
    coalesce(m.n, 0) AS n, coalesce(m.quantity, 0) AS quantity, coalesce(m.value_fen, 0) AS movements_value,
    l.balance_after, l.value_after_fen
  FROM parts p
  LEFT JOIN part_stock s ON s.part_id = p.id
  LEFT JOIN sums m ON m.part_id = p.id
  LEFT JOIN stock_movements l ON l.id = m.last_id
  WHERE s.part_id IS NULL
    OR s.on_hand IS NOT coalesce(m.quantity, 0) OR s.value_fen IS NOT coalesce(m.value_fen, 0)
    OR (l.id IS NOT NULL AND (l.balance_after IS NOT s.on_hand OR l.value_after_fen IS NOT s.value_fen))
  ORDER BY p.code_key
  LIMIT ${LEDGER_MISMATCHES_SHOWN}`;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.modulePath);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  const rows = db.pragma('quick_check').map((row) => String(row.quick_check));
  let ledger = [];
  const hasLedger = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('parts', 'part_stock', 'stock_movements')").pluck().get() === 3;
  if (hasLedger) {
    // One snapshot for the whole ledger: a write between two reads must not look like a mismatch.
    db.exec('BEGIN');
    try {
      ledger = db.prepare(workerData.ledgerSql).all();
    } finally {
      db.exec('COMMIT');
    }
  }
  parentPort.postMessage({ rows, ledger });
} catch (error) {
  parentPort.postMessage({ error: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}
`;

interface LedgerRow {
  code: string;
  name: string;
  unit: string;
  has_stock: number;
  on_hand: number | null;
  value_fen: number | null;
  n: number;
  quantity: number;
  movements_value: number;
  balance_after: number | null;
  value_after_fen: number | null;
}

function toMismatch(row: LedgerRow): LedgerMismatch {
  return {
    partCode: row.code,
    partName: row.name,
    unit: row.unit,
    stock: row.has_stock ? { quantity: (row.on_hand ?? 0) / 1000, valueFen: row.value_fen ?? 0 } : null,
    movements: { count: row.n, quantity: row.quantity / 1000, valueFen: row.movements_value },
    lastMovement: row.balance_after === null ? null : { quantity: row.balance_after / 1000, valueFen: row.value_after_fen ?? 0 },
  };
}

export class IntegrityMonitor {
  private report: IntegrityReport = { state: 'pending', details: [], ledger: [], checkedAt: null };
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
    const outcome = await new Promise<{ rows?: string[]; ledger?: LedgerRow[]; error?: string }>((resolve) => {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { modulePath, file: this.file, nativeBinding: this.driver.nativeBinding, ledgerSql: LEDGER_CHECK_SQL },
      });
      worker.once('message', resolve);
      worker.once('error', (error) => resolve({ error: error.message }));
      worker.once('exit', (code) => resolve({ error: `the check stopped (exit code ${code})` }));
    });
    const rows = outcome.rows ?? [outcome.error ?? 'unknown error'];
    const fileOk = outcome.rows !== undefined && rows.length === 1 && rows[0] === 'ok';
    const ledger = (outcome.ledger ?? []).map(toMismatch);
    this.report = { state: fileOk && ledger.length === 0 ? 'ok' : 'failed', details: fileOk ? [] : rows, ledger, checkedAt: this.now() };
    this.onReport(this.report);
    return this.report;
  }
}
