// Writes the records of an import plan: customers, contacts and phones, sites, equipment and their timeline events,
// then the search index of every customer the file touched and the sort keys of the new names. Runs inside the
// import's one transaction (job.ts).
//
// Rows are gathered per turn and written many to a statement (bulk-insert.ts). Their ids are the ones SQLite would
// have given them one by one (max + 1 of each table, counted on from there), so the rows, their ids and their order
// are the same as when every row was inserted by itself; nothing else writes while the transaction is open. The columns
// are those insertCustomer, insertSite (customers/repository.ts), insertEquipment (equipment/repository.ts) and
// recordTimelineEvent (records/timeline.ts) write for one row: a column added there belongs here too.
import { sql, type Db } from '../../db/connection';
import type { ImportProgress } from '../../../../shared/api/import';
import { normalizePhone, splitExtension } from '../../../../shared/customers/phones';
import type { AuditTrail } from '../audit';
import type { SearchDocument } from '../../lib/search-document';
import { indexNewCustomers, indexNewPhones, refreshCustomerSearch } from '../customers';
import { ensureModel } from '../equipment';
import { customerCode, reserveInSequence } from '../../lib/numbers';
import { BulkInsert, nextRowId } from './bulk-insert';
import { nameReadings, type NameReadings } from './name-readings';
import { SearchDocumentsInWorker } from './search-documents';
import type { ImportRecord } from './file-rows';
import type { ImportPlan } from './records';
import type { ImportWriter } from './job';

export interface ImporterRun {
  audit: AuditTrail;
  now: () => number;
  userId: number;
  fileName: string;
  plan: ImportPlan;
}

/** A contact the import adds phones to: the normalised numbers it has (none twice) and the position of the next one. */
interface ContactPhones {
  id: number;
  normalized: Set<string>;
  nextPosition: number;
}

const TABLES = ['customers', 'contacts', 'phones', 'sites', 'equipment', 'timeline_events'] as const;

export class Importer implements ImportWriter<ImportRecord> {
  private readonly customerIds: Map<string, number>;
  private readonly contacts = new Map<string, ContactPhones>();
  /** The position of the next contact of each customer the import adds contacts to. */
  private readonly nextContactPosition = new Map<number, number>();
  private readonly siteIds = new Map<string, number>();
  private readonly modelIds = new Map<string, number>();
  /** Customer numbers reserved for this import, one per customer the plan creates. */
  private nextCustomerNumber: number;
  /** Customers that were in the archive before and got rows of this file: their index is refreshed. */
  readonly touched = new Set<number>();
  /** Customers this import created, with what their index row is made of. */
  readonly created = new Map<number, { name: string; kind: string }>();
  /** Phones this import added to the customers it created: their suffixes are indexed together at the end. */
  private readonly newPhoneIds: number[] = [];
  private readonly nextId: Record<(typeof TABLES)[number], number>;
  private readonly importedJson: string;
  private readonly rows: {
    customers: BulkInsert;
    contacts: BulkInsert;
    phones: BulkInsert;
    sites: BulkInsert;
    equipment: BulkInsert;
    timeline: BulkInsert;
  };

  /** Builds the documents of the new names while the rows are written (a large import's). */
  private readonly documents: SearchDocumentsInWorker | null = null;
  /** The customers the worker was given, in order. */
  private readonly documentCustomers: Array<{ name: string; kind: string }> = [];

  constructor(
    private readonly db: Db,
    private readonly run: ImporterRun,
    private readonly progress: ImportProgress,
    options: { documentsInWorker: boolean },
  ) {
    this.customerIds = new Map(run.plan.existingCustomerIds);
    this.nextCustomerNumber = run.plan.customersToCreate > 0 ? reserveInSequence(db, 'customer', run.plan.customersToCreate) : 0;
    this.nextId = Object.fromEntries(TABLES.map((table) => [table, nextRowId(db, table)])) as Importer['nextId'];
    this.importedJson = JSON.stringify(run.fileName);
    this.rows = {
      // name_order is written with the search index, from the same pinyin (setNameOrders); until then a new customer
      // sorts after every other, so a list read while a large import runs shows the archive's customers in order.
      customers: new BulkInsert(db, 'customers', ['id', 'code', 'name', 'name_key', 'name_order', 'kind', 'address', 'region', 'notes', 'created_at', 'updated_at']),
      contacts: new BulkInsert(db, 'contacts', ['id', 'customer_id', 'name', 'title', 'email', 'position']),
      phones: new BulkInsert(db, 'phones', ['id', 'contact_id', 'customer_id', 'number', 'extension', 'normalized', 'position']),
      sites: new BulkInsert(db, 'sites', ['id', 'customer_id', 'name', 'address', 'region', 'notes', 'created_at', 'updated_at']),
      equipment: new BulkInsert(db, 'equipment', [
        'id', 'customer_id', 'site_id', 'model_id', 'serial_number', 'serial_key', 'category', 'install_date',
        'acceptance_date', 'warranty_start', 'warranty_end', 'lifecycle', 'notes', 'created_at', 'updated_at',
      ]),
      timeline: new BulkInsert(db, 'timeline_events', ['id', 'customer_id', 'equipment_id', 'at', 'kind', 'actor_id', 'details']),
    };
    if (options.documentsInWorker) {
      const seen = new Set(this.customerIds.keys());
      for (const record of run.plan.records) {
        if (seen.has(record.customerKey)) continue;
        seen.add(record.customerKey);
        this.documentCustomers.push({ name: record.customer.name, kind: record.customer.kind });
      }
      this.documents = new SearchDocumentsInWorker({
        names: this.documentCustomers.map((c) => c.name),
        kinds: this.documentCustomers.map((c) => c.kind),
      });
    }
  }

  /** Adds the records and writes their rows, in an order the foreign keys accept. */
  addAll(records: readonly ImportRecord[]): void {
    for (const record of records) this.add(record);
    for (const rows of Object.values(this.rows)) rows.flush();
    this.progress.processedRows += records.length;
  }

  /**
   * Indexes the touched customers for search, sorts the new ones by name and writes the import's audit row, the last
   * step of the transaction.
   */
  finish(): void {
    for (const id of this.touched) refreshCustomerSearch(this.db, id);
    const created = [...this.created];
    const readings = created.map(([id, { name, kind }]) => [id, nameReadings(name, kind)] as const);
    indexNewCustomers(this.db, readings.map(([id, { document }]) => [id, document] as const));
    setNameOrders(this.db, readings);
    indexNewPhones(this.db, this.newPhoneIds);
    this.audit();
  }

  /**
   * The same as finish(), in small steps between pauses, with the documents and sort keys of the new names from the
   * worker. The phone suffixes go in before the names (another table: the index ends the same), which gives the worker
   * more time.
   */
  async finishInTurns(pause: () => Promise<void>): Promise<void> {
    for (const id of this.touched) {
      refreshCustomerSearch(this.db, id);
      await pause();
    }
    for (let start = 0; start < this.newPhoneIds.length; start += PHONES_PER_STEP) {
      indexNewPhones(this.db, this.newPhoneIds.slice(start, start + PHONES_PER_STEP));
      await pause();
    }
    const created = [...this.created];
    const readings = await this.newCustomerReadings(created);
    for (let start = 0; start < created.length; start += CUSTOMERS_PER_STEP) {
      const end = Math.min(created.length, start + CUSTOMERS_PER_STEP);
      const documents: Array<readonly [number, SearchDocument]> = [];
      const orders: Array<readonly [number, NameReadings]> = [];
      for (let i = start; i < end; i++) {
        documents.push([created[i]![0], readings[i]!.document]);
        orders.push([created[i]![0], readings[i]!]);
      }
      indexNewCustomers(this.db, documents);
      setNameOrders(this.db, orders);
      await pause();
    }
    this.audit();
  }

  /** Stops the worker, if it is still at work. */
  close(): void {
    this.documents?.close();
  }

  /**
   * The documents and sort keys of the customers created, in their order. The worker was given the customers the plan
   * creates, in the order the rows create them; should they differ after all, the names are read here.
   */
  private async newCustomerReadings(created: ReadonlyArray<readonly [number, { name: string; kind: string }]>): Promise<NameReadings[]> {
    const fromWorker = this.documents ? await this.documents.take() : [];
    const same =
      fromWorker.length === created.length &&
      this.documentCustomers.every(({ name, kind }, i) => created[i]![1].name === name && created[i]![1].kind === kind);
    return same ? fromWorker : created.map(([, { name, kind }]) => nameReadings(name, kind));
  }

  private audit(): void {
    this.run.audit.append(this.db, {
      at: this.run.now(),
      userId: this.run.userId,
      method: 'import.commit',
      entity: 'import',
      entityId: this.progress.jobId,
      after: { fileName: this.run.fileName, rows: this.progress.totalRows, created: this.progress.created },
    });
  }

  private add(record: ImportRecord): void {
    const at = this.run.now();
    const customerId = this.customerFor(record, at);
    if (!this.created.has(customerId)) this.touched.add(customerId);
    if (record.contact) this.addContact(customerId, record.contact);
    const siteId = record.siteName ? this.siteFor(customerId, record.siteName, at) : null;
    const e = record.equipment;
    if (e) {
      const modelId = this.modelFor(e.model, e.category, at);
      const equipmentId = this.nextId.equipment++;
      this.rows.equipment.add(
        equipmentId, customerId, siteId, modelId, e.serialNumber, e.serialKey, e.category, e.installDate,
        e.acceptanceDate, e.warrantyStart, e.warrantyEnd, 'in_service', '', at, at,
      );
      // The same text as JSON.stringify({ model, serialNumber, imported }).
      const details = `{"model":${JSON.stringify(e.model)},"serialNumber":${JSON.stringify(e.serialNumber)},"imported":${this.importedJson}}`;
      this.rows.timeline.add(this.nextId.timeline_events++, customerId, equipmentId, at, 'equipment.added', this.run.userId, details);
      this.progress.created.equipment += 1;
    }
  }

  private customerFor(record: ImportRecord, at: number): number {
    const known = this.customerIds.get(record.customerKey);
    if (known !== undefined) return known;
    const c = record.customer;
    const code = customerCode(this.nextCustomerNumber++);
    const id = this.nextId.customers++;
    this.rows.customers.add(id, code, c.name, record.nameKey, NAME_ORDER_PENDING, c.kind, c.address, c.region, c.notes, at, at);
    // The same text as JSON.stringify({ code, name, imported }).
    const details = `{"code":${JSON.stringify(code)},"name":${JSON.stringify(c.name)},"imported":${this.importedJson}}`;
    this.rows.timeline.add(this.nextId.timeline_events++, id, null, at, 'customer.created', this.run.userId, details);
    this.customerIds.set(record.customerKey, id);
    this.created.set(id, { name: c.name, kind: c.kind });
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

  private contactFor(customerId: number, contact: NonNullable<ImportRecord['contact']>): ContactPhones {
    const key = `${customerId}\u0000${contact.name}`;
    let found = this.contacts.get(key);
    if (found) return found;
    const isNewCustomer = this.created.has(customerId);
    const existing = isNewCustomer
      ? undefined
      : (sql(this.db, 'SELECT id FROM contacts WHERE customer_id = ? AND name = ? LIMIT 1').get(customerId, contact.name) as
          | { id: number }
          | undefined);
    if (existing) {
      const phones = sql(this.db, 'SELECT normalized, extension FROM phones WHERE contact_id = ?').all(existing.id) as { normalized: string; extension: string }[];
      const keys = phones.map((p) => (p.extension === '' ? p.normalized : `${p.normalized}#${p.extension}`));
      found = { id: existing.id, normalized: new Set(keys), nextPosition: phones.length };
    } else {
      const position =
        this.nextContactPosition.get(customerId) ??
        (isNewCustomer
          ? 0
          : (sql(this.db, 'SELECT count(*) AS n FROM contacts WHERE customer_id = ?').get(customerId) as { n: number }).n);
      this.nextContactPosition.set(customerId, position + 1);
      found = { id: this.nextId.contacts++, normalized: new Set(), nextPosition: 0 };
      this.rows.contacts.add(found.id, customerId, contact.name, contact.title, contact.email, position);
      this.progress.created.contacts += 1;
    }
    this.contacts.set(key, found);
    return found;
  }

  private addContact(customerId: number, contact: NonNullable<ImportRecord['contact']>): void {
    const target = this.contactFor(customerId, contact);
    for (const typed of contact.phones) {
      // The extension typed after the number (转 8012, ext. 8012) is kept apart from it, as the archive keeps it.
      const { number, extension } = splitExtension(typed);
      const normalized = normalizePhone(number);
      const key = extension === '' ? normalized : `${normalized}#${extension}`;
      if (target.normalized.has(key)) continue;
      target.normalized.add(key);
      const phoneId = this.nextId.phones++;
      this.rows.phones.add(phoneId, target.id, customerId, number, extension, normalized, target.nextPosition++);
      if (this.created.has(customerId)) this.newPhoneIds.push(phoneId);
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
      siteId = existing?.id;
      if (siteId === undefined) {
        siteId = this.nextId.sites++;
        this.rows.sites.add(siteId, customerId, name, '', '', '', at, at);
      }
      this.siteIds.set(key, siteId);
    }
    return siteId;
  }
}

/** The sort key of a customer the import has written and not yet read the name of: after every real key. */
const NAME_ORDER_PENDING = '\uffff';

/** Writes the sort keys of customers created in this transaction (inserted with NAME_ORDER_PENDING). */
function setNameOrders(db: Db, customers: Iterable<readonly [number, NameReadings]>): void {
  const update = sql(db, 'UPDATE customers SET name_order = ? WHERE id = ?');
  for (const [id, { order }] of customers) update.run(order, id);
}

/** How many new customers are indexed between two looks at the clock (lib/pace.ts). */
const CUSTOMERS_PER_STEP = 100;
/** How many new phones' suffixes are cut by one statement between two looks at the clock. */
const PHONES_PER_STEP = 1000;
