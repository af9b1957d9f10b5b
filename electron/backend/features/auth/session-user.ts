// A user as sessions see them, read at every call: who they are (the principal), and the key their sessions carry.
import type { Db } from '../../db/connection';
import { findActiveUser } from '../users';
import type { SessionUser } from './sessions';

export function loadSessionUser(db: Db, id: number): SessionUser | null {
  const user = findActiveUser(db, id);
  if (!user) return null;
  return { principal: { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles }, sessionKey: user.sessionKey };
}
