// audit.verify: the keyed chain against its head outside the database, then every record against its seal. It reads a
// snapshot on its own read-only connection and gives the event loop a turn every few thousand rows, so the desks go
// on working while an archive of 100,000 customers is checked.
import { openDatabase, type Db, type DriverOptions } from '../../db/connection';
import { AUDIT_PROBLEMS_LISTED, type AuditProblem, type AuditVerification } from '../../../../shared/api/audit';
import { auditRowMac, GENESIS_HASH, rowHash, type AuditRow } from './chain';
import { readAuditHead, type HeadReading } from './head';
import type { AuditKey } from './key';
import { keyExpression, quote, rowSeal, sealedTables, totalsMac, xorInto, type SealedTable, type Totals } from './seals';

const ROWS_PER_TURN = 5000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A step of the check: it yields every ROWS_PER_TURN rows, where the asynchronous run lets other work in. */
type Steps<T> = Generator<void, T, void>;

class Findings {
  readonly listed: AuditProblem[] = [];
  count = 0;
  add(problem: AuditProblem): void {
    this.count += 1;
    if (this.listed.length < AUDIT_PROBLEMS_LISTED) this.listed.push(problem);
  }
}

interface ChainWalk {
  checked: number;
  firstBrokenId?: number;
  lastId: number;
  /** The hash of the row the head names, when the log still has it. */
  headRowHash?: string;
}

function* checkChain(db: Db, key: AuditKey, headId: number, findings: Findings): Steps<ChainWalk> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  let firstBrokenId: number | undefined;
  let otherKeyReported = false;
  let headRowHash: string | undefined;
  let lastId = 0;
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    checked += 1;
    lastId = row.id;
    if (row.id === headId) headRowHash = row.hash;
    if (firstBrokenId === undefined) {
      const linked = row.id === expectedId && row.prev_hash === prevHash && rowHash(prevHash, row) === row.hash;
      const otherKey = row.key_id !== null && row.key_id !== key.id;
      if (otherKey && !otherKeyReported) {
        otherKeyReported = true;
        findings.add({ kind: 'otherKey', auditId: row.id });
      }
      if (!linked || (!otherKey && row.mac !== auditRowMac(key, row.hash))) {
        firstBrokenId = row.id;
        findings.add({ kind: 'chainBroken', auditId: row.id });
      }
    }
    prevHash = row.hash;
    expectedId = row.id + 1;
    if (checked % ROWS_PER_TURN === 0) yield;
  }
  return { checked, lastId, ...(firstBrokenId !== undefined && { firstBrokenId }), ...(headRowHash !== undefined && { headRowHash }) };
}

function checkHead(reading: HeadReading, chain: ChainWalk, findings: Findings): void {
  if (reading.state === 'missing') {
    if (chain.checked > 0) findings.add({ kind: 'headMissing' });
    return;
  }
  if (reading.state === 'forged') {
    findings.add({ kind: 'headForged' });
    return;
  }
  const { head } = reading;
  for (const event of head.events) findings.add({ kind: event.kind, at: event.at });
  if (head.lastId === 0) return;
  if (chain.lastId < head.lastId) findings.add({ kind: 'chainCut', auditId: head.lastId, lastId: chain.lastId });
  else if (chain.headRowHash !== head.lastHash) findings.add({ kind: 'chainBroken', auditId: head.lastId });
}

function loadSeals(db: Db, table: string): Map<string, Buffer> {
  const seals = new Map<string, Buffer>();
  for (const [rowKey, seal] of db.prepare('SELECT row_key, seal FROM row_seals WHERE tbl = ?').raw().iterate(table) as IterableIterator<[unknown, Buffer]>) {
    seals.set(String(rowKey), seal);
  }
  return seals;
}

/** A row's id as people read it: the rowid, or the primary key's values joined. */
const displayKey = (table: SealedTable, rowKey: unknown) =>
  table.keyColumns ? (JSON.parse(String(rowKey)) as unknown[]).map(String).join(' / ') : String(rowKey);

function* checkTable(db: Db, key: AuditKey, table: SealedTable, findings: Findings): Steps<number> {
  const seals = loadSeals(db, table.name);
  const sealedDigest = Buffer.alloc(32);
  for (const seal of seals.values()) xorInto(sealedDigest, seal);
  let checked = 0;
  const rows = db.prepare(`SELECT ${keyExpression(table, 't')}, * FROM main.${quote(table.name)} t`).raw().iterate() as IterableIterator<unknown[]>;
  for (const [rowKey, ...values] of rows) {
    checked += 1;
    const seal = seals.get(String(rowKey));
    if (!seal) findings.add({ kind: 'recordAdded', table: table.name, rowId: displayKey(table, rowKey) });
    else if (!seal.equals(rowSeal(key, table.name, rowKey, values))) findings.add({ kind: 'recordChanged', table: table.name, rowId: displayKey(table, rowKey) });
    seals.delete(String(rowKey));
    if (checked % ROWS_PER_TURN === 0) yield;
  }
  for (const rowKey of seals.keys()) {
    findings.add({ kind: 'recordRemoved', table: table.name, rowId: displayKey(table, table.keyColumns ? rowKey : Number(rowKey)) });
  }
  // Rows removed together with their seals: the table's sealed count and digest, under their own MAC, no longer add up.
  const totals = db.prepare('SELECT row_count, digest, mac FROM seal_totals WHERE tbl = ?').get(table.name) as
    | { row_count: number; digest: Buffer; mac: string }
    | undefined;
  const recorded: Totals = totals ? { count: totals.row_count, digest: Buffer.from(totals.digest) } : { count: 0, digest: Buffer.alloc(32) };
  const macOk = totals ? totals.mac === totalsMac(key, table.name, recorded) : checked === 0;
  const sealCount = db.prepare('SELECT count(*) FROM row_seals WHERE tbl = ?').pluck().get(table.name) as number;
  if (!macOk || recorded.count !== sealCount || !recorded.digest.equals(sealedDigest)) {
    findings.add({ kind: 'recordsRemoved', table: table.name });
  }
  return checked;
}

/** The whole check of an open database, in steps. */
function* checkArchiveSeals(db: Db, key: AuditKey, reading: HeadReading): Steps<AuditVerification> {
  const findings = new Findings();
  const chain = yield* checkChain(db, key, reading.state === 'ok' ? reading.head.lastId : 0, findings);
  checkHead(reading, chain, findings);
  let checkedRecords = 0;
  for (const table of sealedTables(db)) checkedRecords += yield* checkTable(db, key, table, findings);
  return {
    valid: findings.count === 0,
    checked: chain.checked,
    checkedRecords,
    ...(chain.firstBrokenId !== undefined && { firstBrokenId: chain.firstBrokenId }),
    problems: findings.listed,
    problemCount: findings.count,
  };
}

/** Verifies the archive in `file` (a snapshot read on a connection of its own) with the folder's key and head. */
export async function verifyArchive(file: string, driver: DriverOptions, dataDir: string, key: AuditKey): Promise<AuditVerification> {
  // The head is read before the snapshot begins: it is written after each commit, so it never names a row the snapshot
  // cannot see.
  const reading = readAuditHead(dataDir, key);
  const db = openDatabase(file, driver, true);
  try {
    db.exec('BEGIN'); // one snapshot for the whole check, whatever is written meanwhile
    const steps = checkArchiveSeals(db, key, reading);
    let step = steps.next();
    while (!step.done) {
      await nextTurn();
      step = steps.next();
    }
    db.exec('COMMIT');
    return step.value;
  } finally {
    db.close();
  }
}

/** Verifies an open database at once, on its own connection (before a migration changes what the seals cover). */
export function verifyArchiveNow(db: Db, dataDir: string, key: AuditKey): AuditVerification {
  const steps = checkArchiveSeals(db, key, readAuditHead(dataDir, key));
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
