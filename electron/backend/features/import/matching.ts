// Which rows of a file are one customer, and which customer on file each one is: only on evidence. Two individuals of
// one name are one person when they share a phone number; an organisation is its name (and its code where the file
// gives one). A customer that matches one on file by name alone is a possible duplicate, for the user to decide:
// matched by name alone, two 王伟 of a file (Beijing, Guangzhou) landed on the Shanghai 王伟 of the archive.
import { sql, type Db } from '../../db/connection';
import type { ImportDuplicate, ImportDuplicateCandidate } from '../../../../shared/api/import';
import { normalizePhone } from '../../../../shared/customers/phones';
import { codeKey } from '../../../../shared/customers/text';
import type { ImportRecord } from './file-rows';

/** The rows of a file that are one customer; `key` names it in the preview and in the user's decisions. */
export interface FileCustomer {
  key: string;
  records: ImportRecord[];
  phones: Set<string>;
}

export type CustomerMatch =
  | { kind: 'new' }
  | { kind: 'existing'; customerId: number }
  | { kind: 'possibleDuplicate'; candidates: ImportDuplicateCandidate[] };

const CANDIDATES_SHOWN = 5;

function phonesOf(record: ImportRecord): string[] {
  return (record.contact?.phones ?? []).map(normalizePhone).filter((p) => p !== '');
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Union-find over the indexes of one name's rows. */
function components(count: number, links: Iterable<readonly [number, number]>): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [a, b] of links) parent[find(a)] = find(b);
  return parent.map((_, i) => find(i));
}

/** The individuals of one name: rows sharing a number are one person; rows without numbers join the only person. */
function individualsOf(records: readonly ImportRecord[]): ImportRecord[][] {
  const firstWithPhone = new Map<string, number>();
  const links: Array<[number, number]> = [];
  records.forEach((record, i) => {
    for (const phone of phonesOf(record)) {
      const first = firstWithPhone.get(phone);
      if (first === undefined) firstWithPhone.set(phone, i);
      else links.push([i, first]);
    }
  });
  const withPhones = records.map((record) => phonesOf(record).length > 0);
  const roots = components(records.length, links);
  const people = new Set(roots.filter((_, i) => withPhones[i]));
  const onlyPerson = people.size === 1 ? [...people][0]! : null;
  const groups = new Map<string, ImportRecord[]>();
  records.forEach((record, i) => {
    const group = withPhones[i] ? `p${roots[i]}` : onlyPerson !== null ? `p${onlyPerson}` : 'none';
    pushTo(groups, group, record);
  });
  return [...groups.values()];
}

/** The file's customers in the order of their first rows; pauses between steps (lib/pace.ts). */
export async function groupFileCustomers(records: readonly ImportRecord[], pause: () => Promise<void>): Promise<FileCustomer[]> {
  const byName = new Map<string, ImportRecord[]>();
  for (const record of records) {
    const code = record.customer.kind === 'organization' ? codeKey(record.customer.code) : '';
    pushTo(byName, `${record.customer.kind}\u0000${record.nameKey}\u0000${code}`, record);
    await pause();
  }
  const customers: FileCustomer[] = [];
  const add = (group: ImportRecord[]) => customers.push({ key: `r${group[0]!.row}`, records: group, phones: new Set(group.flatMap(phonesOf)) });
  for (const list of byName.values()) {
    if (list[0]!.customer.kind === 'organization') add(list);
    else for (const person of individualsOf(list)) add(person);
    await pause();
  }
  customers.sort((a, b) => a.records[0]!.row - b.records[0]!.row);
  await pause();
  return customers;
}

interface ArchiveCustomer extends ImportDuplicateCandidate {
  nameKey: string;
  kind: 'organization' | 'individual';
  normalized: Set<string>;
}

const BATCH = 1000;

async function archiveCustomers(
  db: Db,
  nameKeys: readonly string[],
  codes: readonly string[],
  pause: () => Promise<void>,
): Promise<ArchiveCustomer[]> {
  const found = new Map<number, ArchiveCustomer>();
  const read = async (query: string, keys: readonly string[]) => {
    for (let start = 0; start < keys.length; start += BATCH) {
      const rows = sql(db, query).all(JSON.stringify(keys.slice(start, start + BATCH))) as Array<
        Omit<ArchiveCustomer, 'phones' | 'normalized'>
      >;
      for (const row of rows) found.set(row.id, { ...row, phones: [], normalized: new Set() });
      await pause();
    }
  };
  const columns = 'c.id, c.code, c.name, c.name_key AS nameKey, c.kind, c.region';
  await read(`SELECT ${columns} FROM json_each(?) j JOIN customers c ON c.name_key = j.value AND c.merged_into IS NULL`, nameKeys);
  await read(`SELECT ${columns} FROM json_each(?) j JOIN customers c ON c.code = j.value AND c.merged_into IS NULL`, codes);
  const ids = [...found.keys()];
  for (let start = 0; start < ids.length; start += BATCH) {
    const phones = sql(
      db,
      'SELECT p.customer_id AS id, p.number, p.normalized FROM json_each(?) j JOIN phones p ON p.customer_id = j.value ORDER BY p.id',
    ).all(JSON.stringify(ids.slice(start, start + BATCH))) as { id: number; number: string; normalized: string }[];
    for (const phone of phones) {
      const customer = found.get(phone.id)!;
      customer.normalized.add(phone.normalized);
      if (customer.phones.length < 3) customer.phones.push(phone.number);
    }
    await pause();
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

const candidate = ({ id, code, name, region, phones }: ArchiveCustomer): ImportDuplicateCandidate => ({ id, code, name, region, phones });

/** Which customer on file each of the file's customers is, if the evidence says so; pauses between steps (lib/pace.ts). */
export async function matchArchive(
  db: Db,
  customers: readonly FileCustomer[],
  pause: () => Promise<void>,
): Promise<Map<string, CustomerMatch>> {
  const first = (customer: FileCustomer) => customer.records[0]!;
  const codes = customers.map((c) => first(c).customer.code.trim().toUpperCase()).filter((code) => code !== '');
  const archive = await archiveCustomers(db, [...new Set(customers.map((c) => first(c).nameKey))], [...new Set(codes)], pause);
  const byName = new Map<string, ArchiveCustomer[]>();
  const byCode = new Map<string, ArchiveCustomer[]>();
  for (const customer of archive) {
    pushTo(byName, customer.nameKey, customer);
    pushTo(byCode, codeKey(customer.code), customer);
  }
  const matches = new Map<string, CustomerMatch>();
  for (const customer of customers) {
    const record = first(customer);
    const sameName = (byName.get(record.nameKey) ?? []).filter((c) => c.kind === record.customer.kind);
    let match: CustomerMatch;
    if (record.customer.kind === 'organization') {
      const code = codeKey(record.customer.code);
      const sameCode = code === '' ? [] : (byCode.get(code) ?? []);
      const exact = code === '' ? sameName[0] : sameName.find((c) => sameCode.includes(c));
      const suspects = [...sameName, ...sameCode.filter((c) => !sameName.includes(c))];
      match = exact
        ? { kind: 'existing', customerId: exact.id }
        : suspects.length > 0
          ? { kind: 'possibleDuplicate', candidates: suspects.slice(0, CANDIDATES_SHOWN).map(candidate) }
          : { kind: 'new' };
    } else {
      const samePerson = sameName.find((c) => [...customer.phones].some((phone) => c.normalized.has(phone)));
      match = samePerson
        ? { kind: 'existing', customerId: samePerson.id }
        : sameName.length > 0
          ? { kind: 'possibleDuplicate', candidates: sameName.slice(0, CANDIDATES_SHOWN).map(candidate) }
          : { kind: 'new' };
    }
    matches.set(customer.key, match);
    await pause();
  }
  return matches;
}

/** A possible duplicate as the preview shows it: the file's customer beside the customers on file it may be. */
export function duplicateOf(customer: FileCustomer, candidates: ImportDuplicateCandidate[]): ImportDuplicate {
  const record = customer.records[0]!;
  return {
    key: customer.key,
    rows: customer.records.map((r) => r.row).slice(0, 10),
    rowCount: customer.records.length,
    name: record.customer.name,
    kind: record.customer.kind,
    region: record.customer.region,
    phones: [...new Set(customer.records.flatMap((r) => r.contact?.phones ?? []))].slice(0, 3),
    equipment: customer.records.filter((r) => r.equipment).length,
    candidates,
  };
}
