// Runs an import as one transaction in chunks, so the console keeps answering and the progress bar moves;
// a failure rolls everything back.
import { randomUUID } from 'node:crypto';
import { sql, type Db } from '../../db/connection';
import type { ImportProgress } from '../../../../shared/api/import';
import { nameKey } from '../../../../shared/customers/text';
import { normalizePhone } from '../../../../shared/customers/phones';
import { appendAudit } from '../audit/chain';
import { insertCustomer, insertSite } from '../customers/repository';
import { indexNewCustomerName, indexNewPhones, refreshCustomerSearch } from '../customers/search-index';
import { recordTimelineEvent } from '../customers/timeline';
import { ensureModel, insertEquipment } from '../equipment/repository';
import { customerCode, reserveInSequence } from '../../lib/numbers';
import type { WriteGate } from '../../lib/write-gate';
import type { ImportPlan, ImportRecord } from './records';

const ROWS_PER_TURN = 1000;
const JOBS_KEPT = 20;

export interface ImportRun {
  db: () => Db;
  gate: WriteGate;
  now: () => number;
  userId: number;
  fileName: string;
  plan: ImportPlan;
  /** Called once the transaction committed (or rolled back), e.g. to log a failure. */
  onFinish?: (progress: ImportProgress, error?: unknown) => void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

class Importer {
  private readonly customerIds: Map<string, number>;
  private readonly contactIds = new Map<string, number>();
  private readonly siteIds = new Map<string, number>();
  private readonly modelIds = new Map<string, number>();
  /** The normalised phones of each contact this import created, so none is added twice. */
  private readonly newContactPhones = new Map<number, Set<string>>();
  /** Customer numbers reserved for this import, one per customer the plan creates. */
  private nextCustomerNumber: number;
  /** Customers that were in the archive before and got rows of this file: their index is refreshed. */
  readonly touched = new Set<number>();
  /** Customers this import created, with what their index row is made of. */
  readonly created = new Map<number, { name: string; kind: string }>();
  /** Phones this import added to the customers it created: their suffixes are indexed together at the end. */
  private readonly newPhoneIds: number[] = [];

  constructor(
    private readonly db: Db,
    private readonly run: ImportRun,
    private readonly progress: ImportProgress,
  ) {
    this.customerIds = new Map(run.plan.existingCustomerIds);
    this.nextCustomerNumber = run.plan.customersToCreate > 0 ? reserveInSequence(db, 'customer', run.plan.customersToCreate) : 0;
  }

  addAll(records: readonly ImportRecord[], progress: ImportProgress): void {
    for (const record of records) this.add(record);
    progress.processedRows += records.length;
  }

  /** Indexes the touched customers for search and writes the import's audit row, the last step of the transaction. */
  finish(progress: ImportProgress): void;
  finish(progress: ImportProgress, pause: () => Promise<void>): Promise<void>;
  finish(progress: ImportProgress, pause?: () => Promise<void>): void | Promise<void> {
    const ids = [...this.touched];
    const created = [...this.created];
    const audit = () =>
      appendAudit(this.db, {
        at: this.run.now(),
        userId: this.run.userId,
        method: 'import.commit',
        entity: 'import',
        entityId: progress.jobId,
        after: { fileName: this.run.fileName, rows: progress.totalRows, created: progress.created },
      });
    const steps = [
      ...ids.map((id) => () => refreshCustomerSearch(this.db, id)),
      ...created.map(([id, c]) => () => indexNewCustomerName(this.db, id, c.name, c.kind)),
      () => indexNewPhones(this.db, this.newPhoneIds),
    ];
    if (!pause) {
      for (const step of steps) step();
      audit();
      return;
    }
    return (async () => {
      for (let i = 0; i < steps.length; i++) {
        steps[i]!();
        if ((i + 1) % ROWS_PER_TURN === 0) await pause();
      }
      audit();
    })();
  }

  add(record: ImportRecord): void {
    const at = this.run.now();
    const customerId = this.customerFor(record, at);
    if (!this.created.has(customerId)) this.touched.add(customerId);
    if (record.contact) this.addContact(customerId, record.contact);
    const siteId = record.siteName ? this.siteFor(customerId, record.siteName, at) : null;
    if (record.equipment) {
      const e = record.equipment;
      const modelId = this.modelFor(e.model, e.category, at);
      const equipmentId = insertEquipment(
        this.db,
        customerId,
        modelId,
        e.serialNumber,
        {
          site_id: siteId,
          category: e.category,
          install_date: e.installDate,
          acceptance_date: e.acceptanceDate,
          warranty_start: e.warrantyStart,
          warranty_end: e.warrantyEnd,
        },
        at,
      );
      recordTimelineEvent(this.db, {
        customerId,
        equipmentId,
        at,
        kind: 'equipment.added',
        actorId: this.run.userId,
        details: { model: e.model, serialNumber: e.serialNumber, imported: this.run.fileName },
      });
      this.progress.created.equipment += 1;
    }
  }

  private customerFor(record: ImportRecord, at: number): number {
    const key = nameKey(record.customer.name);
    const known = this.customerIds.get(key);
    if (known !== undefined) return known;
    const code = customerCode(this.nextCustomerNumber++);
    const id = insertCustomer(this.db, code, record.customer, at);
    recordTimelineEvent(this.db, {
      customerId: id,
      at,
      kind: 'customer.created',
      actorId: this.run.userId,
      details: { code, name: record.customer.name, imported: this.run.fileName },
    });
    this.customerIds.set(key, id);
    this.created.set(id, { name: record.customer.name, kind: record.customer.kind });
    this.progress.created.customers += 1;
    return id;
  }

  private modelFor(model: string, category: string, at: number): number {
    let id = this.modelIds.get(model);
    if (id === undefined) {
      id = ensureModel(this.db, model, '', category, at);
      this.modelIds.set(model, id);
    }
    return id;
  }

  private addContact(customerId: number, contact: NonNullable<ImportRecord['contact']>): void {
    const key = `${customerId}\u0000${contact.name}`;
    let contactId = this.contactIds.get(key);
    if (contactId === undefined) {
      const existing = this.created.has(customerId)
        ? undefined
        : (sql(this.db, 'SELECT id FROM contacts WHERE customer_id = ? AND name = ? LIMIT 1').get(customerId, contact.name) as
            | { id: number }
            | undefined);
      contactId =
        existing?.id ??
        Number(
          sql(
            this.db,
            `INSERT INTO contacts (customer_id, name, title, email, position)
             VALUES (?, ?, ?, ?, (SELECT count(*) FROM contacts WHERE customer_id = ?))`,
          ).run(customerId, contact.name, contact.title, contact.email, customerId).lastInsertRowid,
        );
      if (!existing) {
        this.progress.created.contacts += 1;
        this.newContactPhones.set(contactId, new Set());
      }
      this.contactIds.set(key, contactId);
    }
    const phonesOfNewContact = this.newContactPhones.get(contactId);
    for (const number of contact.phones) {
      const normalized = normalizePhone(number);
      if (phonesOfNewContact) {
        if (phonesOfNewContact.has(normalized)) continue;
        phonesOfNewContact.add(normalized);
      } else if (sql(this.db, 'SELECT 1 FROM phones WHERE contact_id = ? AND normalized = ?').get(contactId, normalized)) continue;
      const phoneId = sql(
        this.db,
        `INSERT INTO phones (contact_id, customer_id, number, normalized, position)
         VALUES (?, ?, ?, ?, (SELECT count(*) FROM phones WHERE contact_id = ?))`,
      ).run(contactId, customerId, number, normalized, contactId).lastInsertRowid;
      if (this.created.has(customerId)) this.newPhoneIds.push(Number(phoneId));
    }
  }

  private siteFor(customerId: number, name: string, at: number): number {
    const key = `${customerId}\u0000${name}`;
    let siteId = this.siteIds.get(key);
    if (siteId === undefined) {
      const existing = this.created.has(customerId)
        ? undefined
        : (sql(this.db, 'SELECT id FROM sites WHERE customer_id = ? AND name = ? LIMIT 1').get(customerId, name) as
            | { id: number }
            | undefined);
      siteId = existing?.id ?? insertSite(this.db, customerId, { name }, at);
      this.siteIds.set(key, siteId);
    }
    return siteId;
  }
}

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
    const finish = (error?: unknown) => {
      if (error === undefined) {
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
    let importer: Importer;
    try {
      importer = new Importer(db, run, progress);
    } catch (error) {
      finish(error);
      throw error;
    }
    if (run.plan.records.length <= ROWS_PER_TURN) {
      try {
        importer.addAll(run.plan.records, progress);
        importer.finish(progress);
        finish();
      } catch (error) {
        finish(error);
        throw error;
      }
      return snapshot(progress);
    }
    const release = run.gate.hold();
    void this.inTurns(importer, run.plan.records, progress)
      .then(() => finish())
      .catch((error: unknown) => finish(error))
      .finally(release);
    return snapshot(progress);
  }

  private async inTurns(importer: Importer, records: readonly ImportRecord[], progress: ImportProgress): Promise<void> {
    for (let start = 0; start < records.length; start += ROWS_PER_TURN) {
      importer.addAll(records.slice(start, start + ROWS_PER_TURN), progress);
      await nextTurn();
    }
    await importer.finish(progress, nextTurn);
  }
}

const snapshot = (progress: ImportProgress): ImportProgress => ({ ...progress, created: { ...progress.created } });
