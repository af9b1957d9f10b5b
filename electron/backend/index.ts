// The back end as one object: opens (and migrates) the database, runs background care, and answers `invoke`.
import { EventEmitter } from 'node:events';
import type { BackendEvents } from './events';
import type { ChangeNotice } from '../../shared/live';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DriverOptions } from './db/connection';
import { DatabaseHost } from './db/host';
import { migrate } from './db/migrate';
import type { BackendServices } from './context';
import { PRODUCTION_COST_LOG2 } from './lib/passwords';
import { SessionStore, type SessionContext } from './features/auth/sessions';
import { BackupService } from './features/backup/backups';
import { getCenterSettings, sessionPolicyOf } from './features/settings';
import { writeBackup } from './features/backup/files';
import { recoverInterruptedRestore } from './features/backup/restore';
import type { KeyProtection } from './features/audit/key';
import { AuditTrail, FIRST_SEALED_VERSION } from './features/audit/trail';
import { verifyArchiveNow } from './features/audit/verify';
import { markSetupDone } from './features/auth/setup-marker';
import { countUsers } from './features/users';
import { IntegrityMonitor } from './features/system/integrity';
import { forgetOldReceipts } from './lib/write-receipts';
import { createInvoke, runSystemWrite, type Invoke } from './invoke';
import { createDueInspections } from './features/maintenance';
import { ImportJobs } from './features/import/job';
import { KeyedLimit } from './lib/keyed-limit';
import { WriteGate } from './lib/write-gate';
import { DATABASE_FILE_NAME } from './data-dir';

export interface BackendOptions {
  dataDir: string;
  now?: () => number;
  /** log2 of scrypt's N; production keeps the default 17. Tests may lower it to save time. */
  passwordCostLog2?: number;
  driver?: DriverOptions;
  /** Daily backups, the due inspections of planned maintenance and the integrity check after start (on by default). */
  background?: boolean;
  logError?: (error: unknown, method: string) => void;
  /** How the audit key is kept at rest: the desktop app passes Electron's safeStorage where the system has a keychain. */
  keyProtection?: KeyProtection;
}


export interface Backend {
  invoke: Invoke;
  events: EventEmitter<BackendEvents>;
  dataDir: string;
  databaseFile: string;
  /** How the database driver is loaded (the Electron app's own build): for a second back end on the same folder. */
  driver: DriverOptions;
  /** How the audit key is kept at rest, likewise. */
  keyProtection: KeyProtection | undefined;
  services: BackendServices;
  /** A fresh session for a window or a browser. */
  newSession(): SessionContext;
  close(): void;
}

const HOUR_MS = 60 * 60 * 1000;

export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? Date.now;
  const dataDir = options.dataDir;
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE_NAME);
  const backupDir = join(dataDir, 'backups');
  const driver = options.driver ?? {};
  const host = new DatabaseHost(databaseFile, driver);
  recoverInterruptedRestore(databaseFile);

  const audit = new AuditTrail(dataDir, now, options.keyProtection);

  const openAndMigrate = () => {
    const db = host.open();
    try {
      let problemsBeforeUpgrade = 0;
      const { from, to } = migrate(db, {
        now,
        afterMigration: audit.sealAfterMigration,
        beforeMigrating: (fromVersion) => {
          writeBackup(db, backupDir, 'pre-migration', now(), (copy) => audit.stampBackup(db, copy, driver));
          // What the seals say before a migration changes the rows they cover is kept: resealing must not hide it.
          if (fromVersion >= FIRST_SEALED_VERSION) problemsBeforeUpgrade = verifyArchiveNow(db, dataDir, audit.key).problemCount;
        },
      });
      audit.opened(db, from);
      if (from >= FIRST_SEALED_VERSION && to > from) {
        db.transaction(() =>
          audit.append(db, { at: now(), userId: null, method: 'system.upgrade', entity: 'system', entityId: null, after: { from, to, problemsBeforeUpgrade } }),
        )();
        audit.flushHead(db);
        audit.noteResealed(problemsBeforeUpgrade);
      }
    } catch (error) {
      host.close();
      throw error;
    }
  };
  openAndMigrate();
  // A data folder set up before the marker existed gets it now.
  if (countUsers(host.db) > 0) markSetupDone(dataDir, now());

  const events = new EventEmitter<BackendEvents>();
  // Each desk's change stream listens here (two listeners a desk): a center's thirty desks are no leak, and Node's
  // warning past ten would say so on the host's console at every start of the day.
  events.setMaxListeners(0);
  const integrity = new IntegrityMonitor(databaseFile, driver, now, (report) => events.emit('integrity', report));
  const services: BackendServices = {
    sessions: new SessionStore(now, (ids, reason) => events.emit('signedOut', { reason }, ids)),
    backups: new BackupService(host, backupDir, now, openAndMigrate, audit),
    audit,
    integrity,
    dataDir,
    driver,
    passwordCostLog2: options.passwordCostLog2 ?? PRODUCTION_COST_LOG2,
    writeGate: new WriteGate(),
    imports: new ImportJobs(),
    signInChecks: new KeyedLimit(1),
    events,
  };
  services.sessions.setPolicy(sessionPolicyOf(getCenterSettings(host.db)));
  const logError =
    options.logError ?? ((error: unknown, method: string) => console.error(`[backend] ${method} failed:`, error));
  const announce = (notice: ChangeNotice, session: SessionContext) => events.emit('changed', notice, session);
  const invoke = createInvoke(host, services, now, logError, announce);
  // The inspections of the maintenance plans due by the center's today: at start, then every hour (idempotent, so the
  // first run after the center's midnight makes the day's, and a run finding nothing due costs one index read). The
  // desks are told of the inspections made, as of any write.
  const runDueInspections = () => {
    try {
      if (!host.isOpen || services.writeGate.busy) return;
      runSystemWrite(host, services, now, 'maintenance.createDue', (ctx) => createDueInspections(ctx, null), (created) => created.length > 0, announce);
    } catch (error) {
      logError(error, 'maintenance.createDue');
    }
  };

  const timers: NodeJS.Timeout[] = [];
  if (options.background ?? true) {
    const dailyBackup = () => {
      try {
        if (host.isOpen && !services.writeGate.busy) services.backups.runDailyIfDue();
      } catch (error) {
        logError(error, 'backup.daily');
      }
    };
    timers.push(setTimeout(() => void integrity.start(), 2000), setTimeout(runDueInspections, 5_000), setTimeout(dailyBackup, 10_000));
    // The receipts of writes older than a day: a desk resends within minutes.
    const oldReceipts = () => {
      try {
        if (host.isOpen && !services.writeGate.busy && !host.db.inTransaction) forgetOldReceipts(host.db, now());
      } catch (error) {
        logError(error, 'receipts.forget');
      }
    };
    timers.push(setInterval(dailyBackup, HOUR_MS), setInterval(runDueInspections, HOUR_MS), setInterval(oldReceipts, HOUR_MS));
    for (const timer of timers) timer.unref();
  }

  return {
    invoke,
    events,
    dataDir,
    databaseFile,
    driver,
    keyProtection: options.keyProtection,
    services,
    newSession: () => ({ token: null }),
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      if (host.isOpen) {
        audit.sealStray(host.db);
        audit.flushHead(host.db);
      }
      host.close();
    },
  };
}

export function dataFolderHasDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, DATABASE_FILE_NAME));
}
