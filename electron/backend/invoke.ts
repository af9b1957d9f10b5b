// The one entry of the back end: validate → authorize → handler, answering with an envelope, never a throw.
import { api, changedRecordOf, fail, isMethodName, mayCall, ok, type MethodName, type Result, type WriteMethodName } from '../../shared/api';
import type { ChangeNotice } from '../../shared/live';
import { fieldIssuesFrom, invalidUnicodeIssues } from '../../shared/api/validation';
import type { BackendServices, Handler, HandlerContext } from './context';
import type { DatabaseHost } from './db/host';
import type { SessionContext } from './features/auth/sessions';
import { loadSessionUser } from './features/auth/session-user';
import { handlers } from './handlers';
import { DomainError } from './lib/errors';
import { alreadySaved, claimReceipt, findReceipt, keepAnswer } from './lib/write-receipts';

/** What a transport adds to a call: the idempotency key of a write (the same key sent again gets the same answer). */
export interface CallOptions {
  idempotencyKey?: string | undefined;
}

export type Invoke = (session: SessionContext, method: string, input: unknown, options?: CallOptions) => Promise<Result<unknown>>;

/** A key a desk makes for each write: a UUID, or any 16 to 64 letters, digits and dashes. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9-]{16,64}$/;

/** This call's idempotency key and whether its write claimed it (lib/write-receipts.ts). */
interface Claim {
  key: string;
  claimed: boolean;
}

export function createInvoke(
  host: DatabaseHost,
  services: BackendServices,
  now: () => number,
  logError: (error: unknown, method: string) => void,
  onChanged: (notice: ChangeNotice, session: SessionContext) => void = () => {},
): Invoke {
  return async (session, method, input, options = {}) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return fail('validation', `Unknown method ${describeMethodName(method)}`, { reason: 'unknownMethod' });
    }
    const spec = api[method];
    const unicodeIssues = invalidUnicodeIssues(input);
    if (unicodeIssues.length > 0) {
      return fail('validation', `Invalid input for ${method}: text that is not valid Unicode`, { details: { fields: unicodeIssues } });
    }
    const parsed = spec.input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) {
      return fail('validation', `Invalid input for ${method}`, { details: { fields: fieldIssuesFrom(parsed.error) } });
    }
    try {
      const principal = services.sessions.resolve(session, (id) => loadSessionUser(host.db, id));
      if (spec.access !== 'public' && !principal) {
        return fail('unauthenticated', 'Please sign in', { reason: 'auth.signInRequired' });
      }
      if (!mayCall(spec.access, principal?.roles ?? null)) {
        return fail('forbidden', `Your roles do not allow ${method}`);
      }
      if (spec.kind === 'write') await services.writeGate.whenFree();
      const claim = claimOf(spec.kind, options.idempotencyKey);
      if (claim) {
        // The same write sent again (its answer was lost on the way): the answer it had, and nothing made twice.
        const receipt = findReceipt(host.db, claim.key, method, principal?.id ?? null);
        if (receipt.kind === 'answered') return ok(receipt.value);
        if (receipt.kind === 'pending') throw alreadySaved();
      }
      const ctx = contextFor(host, services, now, session, method, principal, claim);
      const handler = handlers[method] as Handler<MethodName>;
      const value = await handler(ctx, parsed.data as never);
      if (claim?.claimed) keepAnswer(host.db, claim.key, value);
      afterCall(host, services, spec.kind, logError);
      if (spec.kind === 'write') {
        // Whoever signed in or out by this write, the notice names the one who made it (null: nobody signed in), and the
        // record it changed in place, so a desk editing that record can say so before its own save.
        const record = changedRecordOf(method, parsed.data, value);
        onChanged({ method: method as WriteMethodName, byName: principal?.displayName ?? null, at: now(), record }, session);
      }
      return ok(value);
    } catch (error) {
      afterCall(host, services, spec.kind, logError);
      if (error instanceof DomainError) {
        return fail(error.code, error.message, {
          ...(error.reason !== undefined && { reason: error.reason }),
          ...(error.details !== undefined && { details: error.details }),
        });
      }
      logError(error, method);
      return fail('internal', 'Something went wrong on our side; nothing was saved');
    }
  };
}

/**
 * After a call: the head moves on when the log grew (a read may follow an import's background commit). After a write,
 * rows some path changed without sealing them get sealed, and logged; reads pay nothing for it.
 */
function afterCall(
  host: DatabaseHost,
  services: BackendServices,
  kind: 'read' | 'write',
  logError: (error: unknown, method: string) => void,
): void {
  if (!host.isOpen || host.db.inTransaction) return;
  try {
    const stray = kind === 'write' ? services.audit.sealStray(host.db) : 0;
    if (stray > 0) logError(new Error(`${stray} changed rows were sealed after their write`), 'audit.seal');
    services.audit.flushHead(host.db);
  } catch (error) {
    logError(error, 'audit.head');
  }
}

/** The claim of a write's idempotency key; a key of the wrong shape is refused, a read's is ignored. */
function claimOf(kind: 'read' | 'write', key: string | undefined): Claim | null {
  if (kind !== 'write' || key === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(key)) throw new DomainError('validation', 'The idempotency key is not of the expected shape', 'idempotency.badKey');
  return { key, claimed: false };
}

/** A caller's bad method name, shown in the message without trusting it (`String()` throws for some objects). */
function describeMethodName(method: unknown): string {
  return typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : `of type ${typeof method}`;
}

/** The session of the back end's own work: no desk's, so every desk is told of it. */
const NO_DESK: SessionContext = { token: null };

/**
 * Work the back end does by itself, with no one signed in (the daily inspections of planned maintenance): its writes and
 * audit rows as a call's, by no user, under the method it stands for. When it changed something (`changedAnything` of
 * its result), every desk is told as of any write, by nobody (byName null), and reads again what the method changes.
 */
export function runSystemWrite<T>(
  host: DatabaseHost,
  services: BackendServices,
  now: () => number,
  method: WriteMethodName,
  change: (ctx: HandlerContext) => T,
  changedAnything: (result: T) => boolean,
  onChanged: (notice: ChangeNotice, session: SessionContext) => void,
): T {
  const ctx = contextFor(host, services, now, NO_DESK, method, null, null);
  const result = ctx.write(() => change(ctx));
  services.audit.flushHead(host.db);
  if (changedAnything(result)) onChanged({ method, byName: null, at: now(), record: null }, NO_DESK);
  return result;
}

function contextFor(
  host: DatabaseHost,
  services: BackendServices,
  now: () => number,
  session: SessionContext,
  method: MethodName,
  principal: HandlerContext['principal'],
  claim: Claim | null,
): HandlerContext {
  const claimHere = () => {
    if (claim && !claim.claimed) claimReceipt(host.db, claim.key, method, principal?.id ?? null, now());
  };
  return {
    get db() {
      return host.db;
    },
    principal,
    session,
    method,
    services,
    now,
    write: (change) => {
      // Only a long write that began while this call awaited something (an import) can hold a transaction here.
      if (host.db.inTransaction) {
        throw new DomainError('invalid_state', 'An import is under way; save again in a moment', 'busy.importing');
      }
      const result = host.db
        .transaction(() => {
          claimHere();
          const result = change();
          services.audit.sealPending(host.db);
          return result;
        })
        .immediate();
      if (claim) claim.claimed = true;
      return result;
    },
    claimWrite: () => {
      if (!host.db.inTransaction) throw new Error('claimWrite runs inside the transaction the handler opened');
      claimHere();
      if (claim) claim.claimed = true;
    },
    audit: (record) =>
      services.audit.append(host.db, { ...record, at: now(), method, userId: record.userId ?? principal?.id ?? null }),
  };
}
