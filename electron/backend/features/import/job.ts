// Runs an import as one transaction in chunks, so the console keeps answering and the progress bar moves;
// a failure rolls everything back.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { ImportProgress } from '../../../../shared/api/import';
import type { WriteGate } from '../../lib/write-gate';
import type { AuditTrail } from '../audit';
import { Importer } from './importer';
import type { ImportPlan, ImportRecord } from './records';

const ROWS_PER_TURN = 1000;
const SEALS_PER_TURN = 5000;
const JOBS_KEPT = 20;

export interface ImportRun {
  db: () => Db;
  audit: AuditTrail;
  gate: WriteGate;
  now: () => number;
  userId: number;
  fileName: string;
  plan: ImportPlan;
  /** Called once the transaction committed (or rolled back), e.g. to log a failure. */
  onFinish?: (progress: ImportProgress, error?: unknown) => void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ImportJobs {
  private readonly jobs = new Map<string, ImportProgress>();

  get(jobId: string): ImportProgress | null {
    return this.jobs.get(jobId) ?? null;
  }

  /**
   * Starts the import; the transaction opens at once (the gate is free: invoke waited for it). A file that fits in one
   * turn is imported before this returns; a larger one goes on in turns, and import.progress follows it.
   */
  start(run: ImportRun): ImportProgress {
    const progress: ImportProgress = {
      jobId: randomUUID(),
      state: 'running',
      processedRows: 0,
      totalRows: run.plan.records.length,
      created: { customers: 0, contacts: 0, equipment: 0 },
    };
    this.jobs.set(progress.jobId, progress);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - JOBS_KEPT))) this.jobs.delete(old);
    const db = run.db();
    let importer: Importer | undefined;
    const finish = (error?: unknown) => {
      importer?.close();
      if (error === undefined) {
        run.audit.sealPending(db);
        db.exec('COMMIT');
        progress.state = 'done';
      } else {
        if (db.inTransaction) db.exec('ROLLBACK');
        Object.assign(progress, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
        progress.created = { customers: 0, contacts: 0, equipment: 0 };
      }
      run.onFinish?.(progress, error);
    };
    db.exec('BEGIN IMMEDIATE');
    const inTurns = run.plan.records.length > ROWS_PER_TURN;
    try {
      importer = new Importer(db, run, progress, { documentsInWorker: inTurns });
    } catch (error) {
      finish(error);
      throw error;
    }
    if (!inTurns) {
      try {
        importer.addAll(run.plan.records);
        importer.finish();
        finish();
      } catch (error) {
        finish(error);
        throw error;
      }
      return snapshot(progress);
    }
    const release = run.gate.hold();
    void this.inTurns(importer, run.plan.records, () => run.audit.sealPending(db, SEALS_PER_TURN))
      .then(() => finish())
      .catch((error: unknown) => finish(error))
      .finally(release);
    return snapshot(progress);
  }

  private async inTurns(importer: Importer, records: readonly ImportRecord[], sealSome: () => number): Promise<void> {
    for (let start = 0; start < records.length; start += ROWS_PER_TURN) {
      importer.addAll(records.slice(start, start + ROWS_PER_TURN));
      await nextTurn();
    }
    await importer.finishInTurns(nextTurn);
    // The seals of the imported rows, a turn at a time like the rows themselves.
    while (sealSome() > 0) await nextTurn();
  }
}

const snapshot = (progress: ImportProgress): ImportProgress => ({ ...progress, created: { ...progress.created } });
