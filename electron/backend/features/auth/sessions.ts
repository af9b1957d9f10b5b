// Sign-in sessions, kept in memory: a restart or restore signs people out, and a session's token never reaches the page.
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../../../shared/api/roles';
import type { SignedOutNotice } from '../../../../shared/live';

/** What a host keeps per window or browser: the token of its session, set by sign-in and cleared by sign-out. */
export interface SessionContext {
  token: string | null;
  /** The network address the call came from (the browser transport); absent for a window of the desktop app. */
  address?: string | undefined;
}

/** How sessions behave, from the center's settings: how long one may stay idle, and whether it keeps to its address. */
export interface SessionPolicy {
  idleMs: number;
  /** A session's cookie used from another address than the one it signed in from is refused. */
  boundToAddress: boolean;
}

/** A session as the administrator's list of connected desks shows it. */
export interface SessionSummary {
  id: string;
  userId: number;
  address: string | null;
  since: number;
  lastSeenAt: number;
}

export interface Principal {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
}

/** A user as sessions know them: the principal, and the random key of the user that each of their sessions carries. */
export interface SessionUser {
  principal: Principal;
  sessionKey: string;
}

interface SessionEntry {
  userId: number;
  /** Where it signed in from; null for the desktop app's own window. */
  address: string | null;
  openedAt: number;
  /** The user's session key when the session was opened: another user with the same id never matches it. */
  sessionKey: string;
  lastSeenAt: number;
  principal: Principal | null;
  principalRevision: number;
}

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
/** The id a session is shown and ended by: the start of its token's digest, which tells nothing of the token. */
const publicId = (key: string) => key.slice(0, 16);

export class SessionStore {
  private readonly entries = new Map<string, SessionEntry>();
  /** Bumped on every change to users or roles, so cached principals are reloaded. */
  private usersRevision = 0;
  private policy: SessionPolicy = { idleMs: SESSION_IDLE_MS, boundToAddress: true };

  /**
   * `onEnded`: sessions the host ended (by public id; null: all of them), for their desks to be told at once rather
   * than at their next call. A desk's own sign-out and an idle session found out at its next call are not told.
   */
  constructor(
    private readonly now: () => number,
    private readonly onEnded: (ids: readonly string[] | null, reason: SignedOutNotice['reason']) => void = () => {},
  ) {}

  /** The center's settings for sessions (at start, after a restore, and when an administrator changes them). */
  setPolicy(policy: SessionPolicy): void {
    this.policy = policy;
  }

  open(context: SessionContext, userId: number, sessionKey: string): void {
    if (context.token) this.entries.delete(digest(context.token));
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    this.entries.set(digest(token), {
      userId,
      sessionKey,
      address: context.address ?? null,
      openedAt: now,
      lastSeenAt: now,
      principal: null,
      principalRevision: -1,
    });
    context.token = token;
  }

  /** The sessions open now (idle ones past the limit are dropped first), most recently active first. */
  list(): SessionSummary[] {
    const now = this.now();
    const open: SessionSummary[] = [];
    for (const [key, entry] of this.entries) {
      if (now - entry.lastSeenAt > this.policy.idleMs) {
        this.entries.delete(key);
        continue;
      }
      open.push({ id: publicId(key), userId: entry.userId, address: entry.address, since: entry.openedAt, lastSeenAt: entry.lastSeenAt });
    }
    return open.sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  }

  /** The public id of a context's session, if it has one. */
  idOf(context: SessionContext): string | null {
    return context.token ? publicId(digest(context.token)) : null;
  }

  /** Whether a context's session is one of these public ids (null: all of them, as a restore ends every session). */
  isAmong(context: SessionContext, ids: readonly string[] | null): boolean {
    if (ids === null) return true;
    const id = this.idOf(context);
    return id !== null && ids.includes(id);
  }

  /** Ends the session with this public id; false when there is none. */
  end(id: string): boolean {
    for (const key of this.entries.keys()) {
      if (publicId(key) !== id) continue;
      this.entries.delete(key);
      this.onEnded([id], 'ended');
      return true;
    }
    return false;
  }

  /** Ends every session: a restore replaced the archive they were made in, or the host is stopping. */
  endAll(reason: 'restored' | 'stopped'): void {
    this.entries.clear();
    this.onEnded(null, reason);
  }

  close(context: SessionContext): boolean {
    const existed = context.token !== null && this.entries.delete(digest(context.token));
    context.token = null;
    return existed;
  }

  /** Ends a user's sessions (deactivated, or a password reset or changed), but `except`, the desk that changed it. */
  closeAllFor(userId: number, except?: SessionContext): void {
    const kept = except?.token ? digest(except.token) : null;
    const ended: string[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.userId !== userId || key === kept) continue;
      this.entries.delete(key);
      ended.push(publicId(key));
    }
    if (ended.length > 0) this.onEnded(ended, 'ended');
  }

  usersChanged(): void {
    this.usersRevision += 1;
  }

  /**
   * The signed-in user of a context, or null. `load` reads the user afresh when users changed since it was cached;
   * a user who no longer exists, was deactivated, or is not the one the session was made for (another session key)
   * ends the session.
   */
  resolve(context: SessionContext, load: (userId: number) => SessionUser | null): Principal | null {
    if (!context.token) return null;
    const key = digest(context.token);
    const entry = this.entries.get(key);
    const now = this.now();
    if (!entry || now - entry.lastSeenAt > this.policy.idleMs) {
      this.entries.delete(key);
      return null;
    }
    // A cookie taken to another computer is no session there; the session itself goes on where it was opened.
    if (this.policy.boundToAddress && entry.address !== null && context.address !== entry.address) return null;
    if (entry.principalRevision !== this.usersRevision || !entry.principal) {
      const user = load(entry.userId);
      entry.principal = user && user.sessionKey === entry.sessionKey ? user.principal : null;
      entry.principalRevision = this.usersRevision;
    }
    if (!entry.principal) {
      this.entries.delete(key);
      return null;
    }
    entry.lastSeenAt = now;
    return entry.principal;
  }
}
