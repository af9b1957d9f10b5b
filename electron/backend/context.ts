// What every handler receives: the database, the caller, the clock, and the services around them.
import type { EventEmitter } from 'node:events';
import type { Db, DriverOptions } from './db/connection';
import type { BackendEvents } from './events';
import type { Principal, SessionContext, SessionStore } from './features/auth/sessions';
import type { AuditRecord } from './features/audit/chain';
import type { AuditTrail } from './features/audit';
import type { BackupService } from './features/backup/backups';
import type { IntegrityMonitor } from './features/system/integrity';
import type { ImportJobs } from './features/import/job';
import type { KeyedLimit } from './lib/keyed-limit';
import type { WriteGate } from './lib/write-gate';
import type { ApiOutput, ApiParsedInput, MethodName } from '../../shared/api';

export interface BackendServices {
  sessions: SessionStore;
  backups: BackupService;
  integrity: IntegrityMonitor;
  dataDir: string;
  /** How the database driver is loaded, for connections of their own (verification). */
  driver: DriverOptions;
  passwordCostLog2: number;
  writeGate: WriteGate;
  imports: ImportJobs;
  /** The audit key, the records' seals and the chain's head outside the database. */
  audit: AuditTrail;
  /** Password checks under way, one at a time per account. */
  signInChecks: KeyedLimit;
  /** What the back end tells its listeners: change notices, sessions it ended (events.ts). */
  events: EventEmitter<BackendEvents>;
}

export interface HandlerContext {
  readonly db: Db;
  readonly principal: Principal | null;
  readonly session: SessionContext;
  readonly method: MethodName;
  readonly services: BackendServices;
  now(): number;
  /** Runs `change` in one transaction; the audit rows it writes commit or roll back with it. */
  write<T>(change: () => T): T;
  /**
   * Claims the call's idempotency key inside a transaction the handler opened itself (an import's), as `write` does in
   * its own: the same write sent again then makes nothing twice.
   */
  claimWrite(): void;
  /** Appends an audit row for this call; the caller defaults to the signed-in user. */
  audit(record: Omit<AuditRecord, 'at' | 'userId' | 'method'> & { userId?: number | null }): void;
}

/** The signed-in user, for handlers of methods that are not public. */
export function signedIn(ctx: HandlerContext): Principal {
  if (!ctx.principal) throw new Error(`${ctx.method} ran without a signed-in user`);
  return ctx.principal;
}

export type Handler<M extends MethodName> = (
  ctx: HandlerContext,
  input: ApiParsedInput<M>,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one domain: exactly the methods of its part of the contract. */
export type HandlersOf<DomainApi> = { [M in keyof DomainApi & MethodName]: Handler<M> };
