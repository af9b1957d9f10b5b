// Runs an import as one transaction in slices of a few milliseconds (lib/pace.ts), so the console keeps answering and
// the progress bar moves; a failure rolls everything back.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { ImportProgress } from '../../../../shared/api/import';
import { pacer } from '../../lib/pace';
import type { AuditTrail } from '../audit';

/** What writes an import's records inside its transaction: the customers' (importer.ts) or the parts' (parts-importer.ts). */
export interface ImportWriter<R> {
  /** Writes these records and counts them in the progress. */
  addAll(records: readonly R[]): void;
  /** The last step of a small import: indexes, the audit row. */
  finish(): void;
  /** The same for a large one, pausing between small steps (lib/pace.ts). */
  finishInTurns(pause: () => Promise<void>): Promise<void>;
  close(): void;
}

/** An import of more rows than this goes on over many turns of the event loop; a smaller one is written at once. */
const ROWS_AT_ONCE = 1000;
/** Rows written between two looks at the clock (pacer): a few milliseconds' work. */
const ROWS_PER_STEP = 100;
const SEALS_PER_STEP = 500;
const JOBS_KEPT = 20;

export interface ImportRun<R> {
  db: () => Db;
  audit: AuditTrail;
  /** Releases the write gate the caller holds (WriteGate.acquire), once the import committed or failed. */
  release: () => void;
  records: readonly R[];
  /** Opens the writer once the transaction is open; `inTurns` when the import goes on over several turns. */
  open: (db: Db, progress: ImportProgress, inTurns: boolean) => ImportWriter<R>;
  /** Called once the transaction committed (or rolled back), e.g. to log a failure. */
  onFinish?: (progress: ImportProgress, error?: unknown) => void;
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportProgress>();

  get(jobId: string): ImportProgress | null {
    return this.jobs.get(jobId) ?? null;
  }

  /**
   * Starts the import; the transaction opens at once (the caller holds the write gate, and it is released when the
   * import ends). A small file is imported before this returns; a larger one goes on in turns, and import.progress
   * follows it.
   */
  start<R>(run: ImportRun<R>): ImportProgress {
    const progress: ImportProgress = {
      jobId: randomUUID(),
      state: 'running',
      processedRows: 0,
      totalRows: run.records.length,
      created: noneCreated(),
    };
    this.jobs.set(progress.jobId, progress);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - JOBS_KEPT))) this.jobs.delete(old);
    const db = run.db();
    let importer: ImportWriter<R> | undefined;
    const finish = (error?: unknown) => {
      importer?.close();
      if (error === undefined) {
        run.audit.sealPending(db);
        db.exec('COMMIT');
        progress.state = 'done';
      } else {
        if (db.inTransaction) db.exec('ROLLBACK');
        Object.assign(progress, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
        progress.created = noneCreated();
      }
      run.onFinish?.(progress, error);
      run.release();
    };
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      run.release();
      throw error;
    }
    const inTurns = run.records.length > ROWS_AT_ONCE;
    try {
      importer = run.open(db, progress, inTurns);
    } catch (error) {
      finish(error);
      throw error;
    }
    if (!inTurns) {
      try {
        importer.addAll(run.records);
        importer.finish();
        finish();
      } catch (error) {
        finish(error);
        throw error;
      }
      return snapshot(progress);
    }
    void this.inTurns(importer, run.records, () => run.audit.sealPending(db, SEALS_PER_STEP))
      .then(() => finish())
      .catch((error: unknown) => finish(error));
    return snapshot(progress);
  }

  private async inTurns<R>(importer: ImportWriter<R>, records: readonly R[], sealSome: () => number): Promise<void> {
    const pause = pacer();
    for (let start = 0; start < records.length; start += ROWS_PER_STEP) {
      importer.addAll(records.slice(start, start + ROWS_PER_STEP));
      await pause();
    }
    await importer.finishInTurns(pause);
    // The seals of the imported rows, a few at a time like the rows themselves.
    while (sealSome() > 0) await pause();
  }
}

const noneCreated = (): ImportProgress['created'] => ({ customers: 0, contacts: 0, equipment: 0 });

const snapshot = (progress: ImportProgress): ImportProgress => ({ ...progress, created: { ...progress.created } });
