import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, makeTempDir, START_TIME, type TestBackend } from '../../testing/fixture';
import { IntegrityMonitor, type IntegrityReport } from './integrity';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A plain database file of about 100 pages of customer notes. */
function writeSampleDatabase(): string {
  const dir = makeTempDir('aftersales-integrity-');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'sample.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL); CREATE INDEX notes_text ON notes (text)');
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i += 1) insert.run(`客户来电：洗衣机第 ${i} 次报修，滚筒异响 ${'x'.repeat(100)}`);
  })();
  db.close();
  return file;
}

describe('the background integrity check', () => {
  it('reports ok for a healthy database, and admins see it in system.status', async () => {
    const t: TestBackend = await createTestBackend();
    cleanups.push(() => t.close());
    expect((await t.expectOk(t.admin, 'system.status', {})).integrity).toEqual({ state: 'pending', details: [], ledger: [], checkedAt: null });

    const reports: IntegrityReport[] = [];
    t.backend.events.on('integrity', (report) => reports.push(report));
    const report = await t.backend.services.integrity.start();
    expect(report).toEqual({ state: 'ok', details: [], ledger: [], checkedAt: START_TIME });
    expect(reports).toEqual([report]);

    const status = await t.expectOk(t.admin, 'system.status', {});
    expect(status.integrity).toEqual(report);
    expect(status.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(status.databaseBytes).toBeGreaterThan(0);
    expect(status.dataDir).toBe(t.dataDir);
  });

  it('reports failed, with SQLite’s message, for a file with damaged pages', async () => {
    const file = writeSampleDatabase();
    const healthy = await new IntegrityMonitor(file, {}, () => START_TIME).start();
    expect(healthy.state).toBe('ok');

    // Scribble over pages 10 to 14, as a failing disk might.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(5 * 4096, 0xa5), 0, 5 * 4096, 9 * 4096);
    closeSync(fd);

    const report = await new IntegrityMonitor(file, {}, () => START_TIME + 1).start();
    expect(report.state).toBe('failed');
    expect(report.details.length).toBeGreaterThan(0);
    expect(report.details.join('\n')).toMatch(/page|malformed|corrupt|btree|index|tree/i);
    expect(report.checkedAt).toBe(START_TIME + 1);
  });

  it('reports failed, saying why, when the file cannot be opened at all', async () => {
    const dir = makeTempDir('aftersales-integrity-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const report = await new IntegrityMonitor(join(dir, 'missing.sqlite'), {}, () => START_TIME).start();
    expect(report.state).toBe('failed');
    expect(report.details.join(' ')).toMatch(/unable to open|does not exist|no such file/i);
  });

  it('runs one check at a time: asking again while one runs gets the same result', async () => {
    const file = writeSampleDatabase();
    const monitor = new IntegrityMonitor(file, {}, () => START_TIME);
    const first = monitor.start();
    const second = monitor.start();
    expect(second).toBe(first);
    expect((await first).state).toBe('ok');
    expect(monitor.current.state).toBe('ok');
  });

  it("names every part whose stock is not its ledger's, when the file was edited behind the console's back", async () => {
    const t: TestBackend = await createTestBackend();
    cleanups.push(() => t.close());
    const clerk = await t.signInAs(['inventory_clerk']);
    const part = async (code: string, unit: string, quantity: number) => {
      const created = await t.expectOk(clerk, 'parts.create', { code, name: '备品', unit });
      await t.expectOk(clerk, 'stock.receive', { partId: created.id, quantity, unitCostFen: 1000 });
      return created.id;
    };
    const relay = await part('JDQ-24V', '个', 5);
    const cable = await part('DL-RVV3', '米', 12.5);
    const board = await part('ZKB-01', '块', 2);
    await part('RDQ-10A', '只', 7);
    await t.expectOk(clerk, 'stock.issue', { partId: relay, quantity: 1 });
    expect(await t.backend.services.integrity.start()).toMatchObject({ state: 'ok', ledger: [] });

    // Someone with the file and a SQLite tool: drops the triggers that guard the ledger, then edits three parts.
    const side = t.openSideConnection();
    try {
      for (const trigger of ['part_stock_only_by_movements', 'stock_movements_never_updated', 'stock_movements_never_deleted']) side.exec(`DROP TRIGGER ${trigger}`);
      side.prepare('UPDATE part_stock SET on_hand = on_hand + 10000 WHERE part_id = ?').run(relay);
      side.prepare('UPDATE part_stock SET value_fen = value_fen + 1 WHERE part_id = ?').run(cable);
      side.prepare('DELETE FROM stock_movements WHERE part_id = ?').run(board);
    } finally {
      side.close();
    }

    const report = await t.backend.services.integrity.start();
    expect(report.state).toBe('failed');
    expect(report.details).toEqual([]);
    expect(report.ledger).toEqual([
      { partCode: 'DL-RVV3', partName: '备品', unit: '米', stock: { quantity: 12.5, valueFen: 12501 }, movements: { count: 1, quantity: 12.5, valueFen: 12500 }, lastMovement: { quantity: 12.5, valueFen: 12500 } },
      { partCode: 'JDQ-24V', partName: '备品', unit: '个', stock: { quantity: 14, valueFen: 4000 }, movements: { count: 2, quantity: 4, valueFen: 4000 }, lastMovement: { quantity: 4, valueFen: 4000 } },
      { partCode: 'ZKB-01', partName: '备品', unit: '块', stock: { quantity: 2, valueFen: 2000 }, movements: { count: 0, quantity: 0, valueFen: 0 }, lastMovement: null },
    ]);
    expect((await t.expectOk(t.admin, 'system.status', {})).integrity).toEqual(report);
  });
});
