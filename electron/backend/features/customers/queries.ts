// Reading the archive in bulk: duplicate candidates and keyset-paged lists.
import { sql, type Db } from '../../db/connection';
import { normalizePhone } from '../../../../shared/customers/phones';
import { nameKey } from '../../../../shared/customers/text';
import { addDays, WARRANTY_EXPIRING_DAYS, type WarrantyStatus } from '../../../../shared/customers/dates';
import type { CustomerKind, CustomerSummary, DuplicateCandidate } from '../../../../shared/api/customers';
import { customerSummaries } from './repository';

/** Legal-form words that do not tell two organisations apart: 北京华通科技有限公司 ≈ 北京华通科技. */
const LEGAL_FORMS = /(股份有限公司|有限责任公司|有限公司|分公司|总公司|公司|集团|coltd|ltd|inc|corp|co)$/u;

export function coreNameKey(name: string): string {
  let key = nameKey(name);
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(LEGAL_FORMS, '');
  }
  return key;
}

const MIN_PHONE_DIGITS_FOR_DUPLICATE = 5;
const MIN_NAME_KEY_FOR_DUPLICATE = 2;

export function findDuplicateCandidates(
  db: Db,
  name: string | undefined,
  phones: readonly string[],
  excludeId: number | null,
): DuplicateCandidate[] {
  const reasons = new Map<number, Set<'phone' | 'name'>>();
  const add = (id: number, reason: 'phone' | 'name') => {
    if (id === excludeId) return;
    if (!reasons.has(id)) reasons.set(id, new Set());
    reasons.get(id)!.add(reason);
  };
  for (const phone of phones) {
    const normalized = normalizePhone(phone);
    if (normalized.length < MIN_PHONE_DIGITS_FOR_DUPLICATE) continue;
    const rows = sql(
      db,
      `SELECT DISTINCT p.customer_id AS id FROM phones p JOIN customers c ON c.id = p.customer_id
       WHERE p.normalized = ? AND c.merged_into IS NULL LIMIT 20`,
    ).all(normalized) as { id: number }[];
    for (const row of rows) add(row.id, 'phone');
  }
  const core = name ? coreNameKey(name) : '';
  if (core.length >= MIN_NAME_KEY_FOR_DUPLICATE) {
    const rows = sql(
      db,
      `SELECT id FROM customers WHERE name_key >= ? AND name_key < ? AND merged_into IS NULL ORDER BY name_key LIMIT 20`,
    ).all(core, `${core}\uffff`) as { id: number }[];
    for (const row of rows) add(row.id, 'name');
  }
  return customerSummaries(db, [...reasons.keys()]).map((summary) => ({
    ...summary,
    reasons: [...reasons.get(summary.id)!].sort(),
  }));
}

export interface ListFilters {
  sort: 'name' | 'code' | 'updated';
  region?: string;
  kind?: CustomerKind;
  active?: boolean;
  warrantyStatus?: WarrantyStatus;
  today: string;
}

type Cursor = [string | number, number];

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'number') return value as Cursor;
  } catch {
    // An unreadable cursor starts from the beginning.
  }
  return null;
}

/** The equipment condition behind each warranty filter, as a range of warranty end dates. */
function warrantyCondition(status: WarrantyStatus, today: string): string {
  const soon = addDays(today, WARRANTY_EXPIRING_DAYS);
  switch (status) {
    case 'expired':
      return `e.warranty_end < '${today}'`;
    case 'expiring':
      return `e.warranty_end >= '${today}' AND e.warranty_end < '${soon}'`;
    case 'in_warranty':
      return `e.warranty_end >= '${soon}'`;
    case 'unknown':
      return 'e.warranty_end IS NULL';
  }
}

export function listCustomers(
  db: Db,
  filters: ListFilters,
  after: string | undefined,
  limit: number,
): { items: CustomerSummary[]; nextCursor: string | null } {
  const order = {
    name: { key: 'c.name_order', direction: 'ASC', compare: '>' },
    code: { key: 'c.code', direction: 'ASC', compare: '>' },
    updated: { key: 'c.updated_at', direction: 'DESC', compare: '<' },
  }[filters.sort];
  const cursor = decodeCursor(after);
  const where = ['c.merged_into IS NULL'];
  const params: Record<string, unknown> = { limit: limit + 1 };
  if (filters.region !== undefined) {
    where.push('c.region = @region');
    params.region = filters.region;
  }
  if (filters.kind !== undefined) {
    where.push('c.kind = @kind');
    params.kind = filters.kind;
  }
  if (filters.active !== undefined) {
    where.push('c.active = @active');
    params.active = filters.active ? 1 : 0;
  }
  if (filters.warrantyStatus !== undefined) {
    // Dates are computed here from the center's today, never taken from input, so inlining them is safe.
    where.push(
      `EXISTS (SELECT 1 FROM equipment e WHERE e.customer_id = c.id AND e.lifecycle = 'in_service' AND ${warrantyCondition(filters.warrantyStatus, filters.today)})`,
    );
  }
  if (cursor) {
    where.push(`(${order.key} ${order.compare} @cursorKey OR (${order.key} = @cursorKey AND c.id ${order.compare} @cursorId))`);
    params.cursorKey = cursor[0];
    params.cursorId = cursor[1];
  }
  const rows = sql(
    db,
    `SELECT c.id, ${order.key} AS sort_key FROM customers c WHERE ${where.join(' AND ')}
     ORDER BY ${order.key} ${order.direction}, c.id ${order.direction} LIMIT @limit`,
  ).all(params) as { id: number; sort_key: string | number }[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: customerSummaries(db, page.map((r) => r.id)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.sort_key, last.id]) : null,
  };
}
