// Writes the parts of an import plan inside the import's one transaction (job.ts): each part as parts.create writes it
// (its row, its stock row, its search row, its models), and its opening stock, if the file gives one, as a receipt
// through the ledger (期初库存) at the part's unit cost. One audit row names the import; the movements are the ledger's.
import type { Db } from '../../db/connection';
import type { ImportProgress } from '../../../../shared/api/import';
import type { AuditTrail } from '../audit';
import { ensureModel } from '../equipment';
import { insertPart, replacePartModels } from '../parts';
import { postMovement } from '../stock';
import type { ImportWriter } from './job';
import type { PartRecord } from './parts-records';

/** The reason an opening stock's receipt carries. */
export const OPENING_STOCK_REASON = '期初库存';

export interface PartsImporterRun {
  audit: AuditTrail;
  now: () => number;
  userId: number;
  fileName: string;
}

export class PartsImporter implements ImportWriter<PartRecord> {
  private readonly modelIds = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly run: PartsImporterRun,
    private readonly progress: ImportProgress,
  ) {
    this.created = { parts: 0, receipts: 0 };
    progress.created = { customers: 0, contacts: 0, equipment: 0, ...this.created };
  }

  /** What this import created so far (the progress's copy is reset when the import fails). */
  private readonly created: { parts: number; receipts: number };

  addAll(records: readonly PartRecord[]): void {
    for (const record of records) this.add(record);
    this.progress.processedRows += records.length;
  }

  finish(): void {
    this.run.audit.append(this.db, {
      at: this.run.now(),
      userId: this.run.userId,
      method: 'import.commitParts',
      entity: 'import',
      entityId: this.progress.jobId,
      after: { fileName: this.run.fileName, rows: this.progress.totalRows, created: this.created },
    });
  }

  finishInTurns(): Promise<void> {
    this.finish();
    return Promise.resolve();
  }

  close(): void {}

  private add(record: PartRecord): void {
    const at = this.run.now();
    const id = insertPart(
      this.db,
      {
        code: record.code,
        name: record.name,
        spec: record.spec,
        unit: record.unit,
        decimals: record.decimals,
        bin: record.bin,
        reorder_point: record.reorderPoint,
        unit_cost_fen: record.unitCostFen,
        status: record.status,
        notes: record.notes,
      },
      at,
    );
    if (record.models.length > 0) replacePartModels(this.db, id, record.models.map((model) => this.modelFor(model, at)));
    this.count('parts');
    if (record.openingStock > 0) {
      postMovement(this.db, { partId: id, kind: 'receipt', quantity: record.openingStock, unitCostFen: record.unitCostFen, reason: OPENING_STOCK_REASON }, this.run.userId, at);
      this.count('receipts');
    }
  }

  private count(what: 'parts' | 'receipts'): void {
    this.created[what] += 1;
    this.progress.created[what] = this.created[what];
  }

  private modelFor(model: string, at: number): number {
    let id = this.modelIds.get(model);
    if (id === undefined) {
      id = ensureModel(this.db, model, '', '', at);
      this.modelIds.set(model, id);
    }
    return id;
  }
}
