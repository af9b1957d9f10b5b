// Customers, their contacts and phones, and their sites: the SQL of the customer archive.
import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import { normalizePhone, splitExtension } from '../../../../shared/customers/phones';
import { nameKey } from '../../../../shared/customers/text';
import { nameOrder } from '../../lib/name-order';
import type { Contact, Customer, CustomerKind, CustomerSummary } from '../../../../shared/api/customers';
import { REQUIRED_DOCUMENT_KINDS, type DocumentKind, type Site } from '../../../../shared/api/equipment';

interface CustomerRow {
  id: number;
  code: string;
  name: string;
  kind: CustomerKind;
  address: string;
  region: string;
  notes: string;
  active: number;
  merged_into: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface ContactInput {
  id?: number;
  name: string;
  title?: string;
  email?: string;
  phones: string[];
}

export interface CustomerFields {
  name: string;
  kind: CustomerKind;
  address?: string;
  region?: string;
  notes?: string;
}

export function insertCustomer(db: Db, code: string, fields: CustomerFields, now: number): number {
  const result = sql(
    db,
    `INSERT INTO customers (code, name, name_key, name_order, kind, address, region, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    code,
    fields.name,
    nameKey(fields.name),
    nameOrder(fields.name, fields.kind),
    fields.kind,
    fields.address ?? '',
    fields.region ?? '',
    fields.notes ?? '',
    now,
    now,
  );
  return Number(result.lastInsertRowid);
}

export function updateCustomerColumns(
  db: Db,
  id: number,
  expectedVersion: number,
  fields: Partial<CustomerFields> & { active?: boolean },
  now: number,
): boolean {
  return updateVersionedRow(
    db,
    'customers',
    id,
    expectedVersion,
    {
      ...(fields.name !== undefined && { name: fields.name, name_key: nameKey(fields.name) }),
      ...((fields.name !== undefined || fields.kind !== undefined) && { name_order: nameOrderAfter(db, id, fields) }),
      ...(fields.kind !== undefined && { kind: fields.kind }),
      ...(fields.address !== undefined && { address: fields.address }),
      ...(fields.region !== undefined && { region: fields.region }),
      ...(fields.notes !== undefined && { notes: fields.notes }),
      ...(fields.active !== undefined && { active: fields.active ? 1 : 0 }),
    },
    now,
  );
}

/** The sort key of a customer's name once `fields` are saved: an individual's name is read by the surname rules. */
function nameOrderAfter(db: Db, id: number, fields: Partial<CustomerFields>): string {
  const current = sql(db, 'SELECT name, kind FROM customers WHERE id = ?').get(id) as { name: string; kind: string } | undefined;
  return nameOrder(fields.name ?? current?.name ?? '', fields.kind ?? current?.kind ?? 'organization');
}

/** Replaces the contact list: contacts named by id are kept (and changed), others removed, new ones added. */
export function replaceContacts(db: Db, customerId: number, contacts: readonly ContactInput[]): void {
  const existing = new Set(
    (sql(db, 'SELECT id FROM contacts WHERE customer_id = ?').all(customerId) as { id: number }[]).map((r) => r.id),
  );
  const kept = new Set(contacts.flatMap((c) => (c.id !== undefined && existing.has(c.id) ? [c.id] : [])));
  for (const id of existing) {
    if (!kept.has(id)) {
      sql(db, 'DELETE FROM phones WHERE contact_id = ?').run(id);
      sql(db, 'DELETE FROM contacts WHERE id = ?').run(id);
    }
  }
  contacts.forEach((contact, position) => {
    let contactId: number;
    if (contact.id !== undefined && kept.has(contact.id)) {
      contactId = contact.id;
      sql(db, 'UPDATE contacts SET name = ?, title = ?, email = ?, position = ? WHERE id = ?').run(
        contact.name,
        contact.title ?? '',
        contact.email ?? '',
        position,
        contactId,
      );
      sql(db, 'DELETE FROM phones WHERE contact_id = ?').run(contactId);
    } else {
      contactId = Number(
        sql(db, 'INSERT INTO contacts (customer_id, name, title, email, position) VALUES (?, ?, ?, ?, ?)').run(
          customerId,
          contact.name,
          contact.title ?? '',
          contact.email ?? '',
          position,
        ).lastInsertRowid,
      );
    }
    contact.phones.forEach((typed, phonePosition) => {
      // The extension typed after the number (转 8012, ext. 8012, #8012) is kept apart from it.
      const { number, extension } = splitExtension(typed);
      sql(db, 'INSERT INTO phones (contact_id, customer_id, number, extension, normalized, position) VALUES (?, ?, ?, ?, ?, ?)').run(
        contactId,
        customerId,
        number,
        extension,
        normalizePhone(number),
        phonePosition,
      );
    });
  });
}

function contactsOf(db: Db, customerId: number): Contact[] {
  const contacts = sql(db, 'SELECT id, name, title, email FROM contacts WHERE customer_id = ? ORDER BY position, id').all(
    customerId,
  ) as Array<Omit<Contact, 'phones'>>;
  const phones = sql(
    db,
    'SELECT id, contact_id, number, extension, normalized FROM phones WHERE customer_id = ? ORDER BY position, id',
  ).all(customerId) as Array<{ id: number; contact_id: number; number: string; extension: string; normalized: string }>;
  return contacts.map((contact) => ({
    ...contact,
    phones: phones
      .filter((p) => p.contact_id === contact.id)
      .map((p) => ({ id: p.id, number: p.number, extension: p.extension, normalized: p.normalized })),
  }));
}

export function findCustomer(db: Db, id: number): Customer | null {
  const row = sql(db, 'SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    address: row.address,
    region: row.region,
    notes: row.notes,
    active: row.active === 1,
    mergedInto: row.merged_into,
    contacts: contactsOf(db, row.id),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The list and search form of customers, for the given ids in the given order. */
export function customerSummaries(db: Db, ids: readonly number[]): CustomerSummary[] {
  const summaries: CustomerSummary[] = [];
  for (const id of ids) {
    const row = sql(
      db,
      `SELECT c.id, c.code, c.name, c.kind, c.region, c.active,
         (SELECT name FROM contacts WHERE customer_id = c.id ORDER BY position, id LIMIT 1) AS primary_contact,
         (SELECT json_array(p.number, p.extension) FROM contacts t CROSS JOIN phones p ON p.contact_id = t.id
            WHERE t.customer_id = c.id ORDER BY t.position, t.id, p.position, p.id LIMIT 1) AS primary_phone,
         (SELECT count(*) FROM equipment WHERE customer_id = c.id) AS equipment_count
       FROM customers c WHERE c.id = ?`,
    ).get(id) as
      | (Pick<CustomerRow, 'id' | 'code' | 'name' | 'kind' | 'region' | 'active'> & {
          primary_contact: string | null;
          primary_phone: string | null;
          equipment_count: number;
        })
      | undefined;
    if (!row) continue;
    const [primaryPhone = null, primaryExtension = ''] = row.primary_phone === null ? [] : (JSON.parse(row.primary_phone) as [string, string]);
    summaries.push({
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      region: row.region,
      active: row.active === 1,
      primaryContact: row.primary_contact,
      primaryPhone,
      ...(primaryExtension !== '' && { primaryExtension }),
      equipmentCount: row.equipment_count,
    });
  }
  return summaries;
}

export function regionsInUse(db: Db): string[] {
  // Hops from one distinct region to the next along the index instead of reading every customer.
  const rows = sql(
    db,
    `WITH RECURSIVE r(region) AS (
       SELECT min(region) FROM customers WHERE region <> ''
       UNION ALL
       SELECT (SELECT min(region) FROM customers WHERE region > r.region) FROM r WHERE r.region IS NOT NULL
     )
     SELECT region FROM r WHERE region IS NOT NULL`,
  ).all() as { region: string }[];
  return rows.map((r) => r.region);
}

interface SiteRow {
  id: number;
  customer_id: number;
  name: string;
  address: string;
  region: string;
  notes: string;
  version: number;
}

export interface SiteFields {
  name: string;
  address?: string;
  region?: string;
  notes?: string;
}

export function insertSite(db: Db, customerId: number, site: SiteFields, now: number): number {
  return Number(
    sql(
      db,
      'INSERT INTO sites (customer_id, name, address, region, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(customerId, site.name, site.address ?? '', site.region ?? '', site.notes ?? '', now, now).lastInsertRowid,
  );
}

export function updateSiteColumns(db: Db, id: number, expectedVersion: number, site: Partial<SiteFields>, now: number): boolean {
  return updateVersionedRow(db, 'sites', id, expectedVersion, { ...site }, now);
}

function toSite(db: Db, row: SiteRow): Site {
  const present = new Set(
    (sql(db, 'SELECT DISTINCT kind FROM handover_documents WHERE customer_id = ? AND site_id = ?').all(
      row.customer_id,
      row.id,
    ) as { kind: DocumentKind }[]).map((r) => r.kind),
  );
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    address: row.address,
    region: row.region,
    notes: row.notes,
    missingDocumentKinds: REQUIRED_DOCUMENT_KINDS.filter((kind) => !present.has(kind)),
    version: row.version,
  };
}

export function findSite(db: Db, id: number): Site | null {
  const row = sql(db, 'SELECT * FROM sites WHERE id = ?').get(id) as SiteRow | undefined;
  return row ? toSite(db, row) : null;
}

export function sitesOf(db: Db, customerId: number): Site[] {
  const rows = sql(db, 'SELECT * FROM sites WHERE customer_id = ? ORDER BY id').all(customerId) as SiteRow[];
  return rows.map((row) => toSite(db, row));
}

/** Every table whose rows belong to a customer, by a `customer_id` column: a merge moves them all. */
const CUSTOMER_OWNED_TABLES = ['phones', 'sites', 'equipment', 'handover_documents', 'requests', 'difficult_questions', 'suggestions', 'complaints'] as const;

/** Moves everything that belongs to one customer to another; the caller marks the source merged. */
export function moveCustomerRecords(db: Db, fromId: number, toId: number): void {
  const maxPosition = (sql(db, 'SELECT coalesce(max(position), -1) AS p FROM contacts WHERE customer_id = ?').get(toId) as {
    p: number;
  }).p;
  sql(db, 'UPDATE contacts SET customer_id = ?, position = position + ? WHERE customer_id = ?').run(toId, maxPosition + 1, fromId);
  // phone_suffixes follow when the caller refreshes the target's search index (it has no index on customer_id).
  for (const table of CUSTOMER_OWNED_TABLES) {
    sql(db, `UPDATE ${table} SET customer_id = ? WHERE customer_id = ?`).run(toId, fromId);
  }
}

export function markMerged(db: Db, id: number, expectedVersion: number, intoId: number, now: number): boolean {
  return updateVersionedRow(db, 'customers', id, expectedVersion, { active: 0, merged_into: intoId }, now);
}
