// Kills a process that is writing through the API with SIGKILL at random moments; after each kill the database is
// intact, every write the process reported as saved is there, and the audit chain holds.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from './data-dir';
import { loadAuditKey } from './features/audit/key';
import { verifyArchive } from './features/audit/verify';
import { listBackupFiles } from './features/backup/files';
import { makeTempDir } from './testing/fixture';

function quickCheck(file: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

const TRIALS = Number(process.env.CRASH_TRIALS ?? 60);
const here = dirname(fileURLToPath(import.meta.url));

let workDir: string;
let childProgram: string;

beforeAll(async () => {
  workDir = makeTempDir('aftersales-crash-');
  childProgram = join(workDir, 'crash-child.mjs');
  const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');
  // Bundled once so each trial starts in a fraction of the time `node --import tsx` takes; the native module stays
  // outside the bundle, loaded from this checkout by absolute path.
  await build({
    entryPoints: [join(here, 'testing', 'crash-child.ts')],
    outfile: childProgram,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [
      {
        name: 'native-better-sqlite3',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite3, external: true }));
        },
      },
    ],
  });
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface TrialOutcome {
  lines: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
  code: number | null;
  killedAfterReady: boolean;
}

/** Runs the child and kills it at a random moment: mostly while it writes, sometimes while it is still opening. */
function runTrial(dataDir: string, trial: number): Promise<TrialOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childProgram, dataDir, String(trial)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let ready = false;
    let timer: NodeJS.Timeout | null = null;
    const killLater = (ms: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    };
    const killEarly = Math.random() < 0.15;
    if (killEarly) killLater(Math.floor(Math.random() * 150));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!ready && /(^|\n)ready \d+\n/.test(stdout)) {
        ready = true;
        killLater(Math.floor(Math.random() * 300));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A child that never gets ready is killed anyway, and the test below reports its stderr.
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (timer) clearTimeout(timer);
      // Only complete lines count: a line cut off by the kill was not a report of success.
      const lines = stdout.split('\n').slice(0, -1);
      resolve({ lines, stderr, signal, code, killedAfterReady: ready });
    });
  });
}

describe('crash safety', () => {
  it(`after ${TRIALS} SIGKILLs at random moments, every reported write survives and the database is intact`, { timeout: 150_000 }, async () => {
    const dataDir = join(workDir, 'data');
    // What the children reported as saved, department name → id, and the center profile's version and name.
    const reportedDepartments = new Map<string, number>();
    let settingsVersion = 0;
    let reportedCenterName: string | null = null;
    const reportedBackups: string[] = [];
    const checkedBackups = new Set<string>();
    let writesReported = 0;
    let killedWhileWriting = 0;
    const started = Date.now();

    for (let trial = 1; trial <= TRIALS; trial += 1) {
      const outcome = await runTrial(dataDir, trial);
      expect(outcome.signal, `trial ${trial}: the child ended by itself (code ${outcome.code}): ${outcome.stderr}`).toBe('SIGKILL');
      expect(outcome.stderr, `trial ${trial}`).toBe('');
      for (const line of outcome.lines) {
        const [kind, value, ...rest] = line.split(' ');
        if (kind === 'ready') {
          expect(Number(value), `trial ${trial}: the child started from another center profile than the last one saved`).toBe(settingsVersion);
          continue;
        }
        writesReported += 1;
        // Setup names the center, which is the profile's first change.
        if (kind === 'setup') settingsVersion += 1;
        if (kind === 'department') reportedDepartments.set(rest.join(' '), Number(value));
        if (kind === 'backup') reportedBackups.push(value!);
        if (kind === 'settings') {
          settingsVersion = Number(value);
          reportedCenterName = rest.join(' ');
        }
      }
      if (outcome.killedAfterReady) killedWhileWriting += 1;

      // What a restart after the crash finds.
      const file = join(dataDir, DATABASE_FILE_NAME);
      if (!existsSync(file)) {
        // Killed before the back end created its file: nothing can have been reported.
        expect(writesReported, `trial ${trial}`).toBe(0);
        continue;
      }
      const db = new Database(file, { fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true }), `trial ${trial}`).toBe('ok');
        if (db.pragma('user_version', { simple: true }) === 0) {
          // Killed before the first migration committed: nothing half-made is left.
          expect(reportedDepartments.size).toBe(0);
          expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
          continue;
        }
        const stored = new Map(
          (db.prepare("SELECT name, id FROM departments WHERE name LIKE '崩溃部门 %'").all() as Array<{ name: string; id: number }>).map(
            (d) => [d.name, d.id],
          ),
        );
        const missing = [...reportedDepartments].filter(([name, id]) => stored.get(name) !== id);
        expect(missing, `trial ${trial}: reported as saved but missing`).toEqual([]);
        const settings = db.prepare('SELECT version, center_name FROM center_settings').get() as { version: number; center_name: string };
        expect(settings.version, `trial ${trial}: a reported change of the center profile is missing`).toBeGreaterThanOrEqual(settingsVersion);
        if (settings.version === settingsVersion && reportedCenterName !== null) expect(settings.center_name).toBe(reportedCenterName);
        // The child writes one thing at a time, so at most the one write in flight at the kill is saved unreported.
        const savedUnreported = stored.size - reportedDepartments.size + (settings.version - settingsVersion);
        expect(savedUnreported, `trial ${trial}`).toBeLessThanOrEqual(1);
        // Every department has its audit row: the change and its record committed together or not at all.
        const audited = db.prepare("SELECT count(*) FROM audit_log WHERE method = 'departments.create'").pluck().get() as number;
        expect(audited, `trial ${trial}`).toBe(stored.size);
        const verification = await verifyArchive(join(dataDir, DATABASE_FILE_NAME), {}, dataDir, loadAuditKey(dataDir).key);
        expect(verification, `trial ${trial}`).toMatchObject({ valid: true, problems: [] });
        // Every backup the console would offer to restore is a whole database, including one cut off by the kill.
        const listed = listBackupFiles(join(dataDir, 'backups')).map((b) => b.id);
        expect(listed).toEqual(expect.arrayContaining(reportedBackups));
        for (const id of listed.filter((b) => !checkedBackups.has(b))) {
          expect(quickCheck(join(dataDir, 'backups', id)), `trial ${trial}: backup ${id}`).toBe('ok');
          checkedBackups.add(id);
        }
        // The write in flight that made it counts as saved from now on.
        for (const [name, id] of stored) reportedDepartments.set(name, id);
        if (settings.version !== settingsVersion) reportedCenterName = settings.center_name;
        settingsVersion = settings.version;
      } finally {
        db.close();
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `[crash] ${TRIALS} trials in ${seconds} s: ${killedWhileWriting} killed while writing, ${TRIALS - killedWhileWriting} while starting; ` +
        `${writesReported} writes reported as saved (${reportedBackups.length} of them backups), all found after the kills`,
    );
    expect(TRIALS).toBeGreaterThanOrEqual(50);
    expect(killedWhileWriting).toBeGreaterThan(TRIALS / 2);
    expect(writesReported).toBeGreaterThan(TRIALS);
  });
});
