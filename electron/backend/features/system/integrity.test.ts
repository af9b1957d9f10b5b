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
    expect((await t.expectOk(t.admin, 'system.status', {})).integrity).toEqual({ state: 'pending', details: [], checkedAt: null });

    const reports: IntegrityReport[] = [];
    t.backend.events.on('integrity', (report) => reports.push(report));
    const report = await t.backend.services.integrity.start();
    expect(report).toEqual({ state: 'ok', details: [], checkedAt: START_TIME });
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
});
