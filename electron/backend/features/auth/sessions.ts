// Sign-in sessions, kept in memory: a restart or restore signs people out, and a session's token never reaches the page.
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../../../shared/api/roles';

/** What a host keeps per window or browser: the token of its session, set by sign-in and cleared by sign-out. */
export interface SessionContext {
  token: string | null;
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
  /** The user's session key when the session was opened: another user with the same id never matches it. */
  sessionKey: string;
  lastSeenAt: number;
  principal: Principal | null;
  principalRevision: number;
}

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export class SessionStore {
  private readonly entries = new Map<string, SessionEntry>();
  /** Bumped on every change to users or roles, so cached principals are reloaded. */
  private usersRevision = 0;

  constructor(private readonly now: () => number) {}

  open(context: SessionContext, userId: number, sessionKey: string): void {
    if (context.token) this.entries.delete(digest(context.token));
    const token = randomBytes(32).toString('base64url');
    this.entries.set(digest(token), { userId, sessionKey, lastSeenAt: this.now(), principal: null, principalRevision: -1 });
    context.token = token;
  }

  /** Ends every session (a restore replaced the archive the sessions were made in). */
  endAll(): void {
    this.entries.clear();
  }

  close(context: SessionContext): boolean {
    const existed = context.token !== null && this.entries.delete(digest(context.token));
    context.token = null;
    return existed;
  }

  closeAllFor(userId: number, except?: SessionContext): void {
    const kept = except?.token ? digest(except.token) : null;
    for (const [key, entry] of this.entries) if (entry.userId === userId && key !== kept) this.entries.delete(key);
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
    if (!entry || now - entry.lastSeenAt > SESSION_IDLE_MS) {
      this.entries.delete(key);
      return null;
    }
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
