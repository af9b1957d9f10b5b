import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type { Colleague, User } from '../../../../shared/api/users';
import type { Language } from '../../../../shared/api/common';
import { isRole, type Role } from '../../../../shared/api/roles';
import { randomBytes } from 'node:crypto';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  department_id: number | null;
  active: number;
  language: Language | null;
  must_change_password: number;
  failed_attempts: number;
  locked_until: number | null;
  last_login_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
  session_key: string;
}

export type UserRecord = User & { passwordHash: string; failedAttempts: number; mustChangePassword: boolean; sessionKey: string };

function rolesOf(db: Db, userId: number): Role[] {
  const rows = sql(db, 'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role').all(userId) as { role: string }[];
  return rows.map((r) => r.role).filter(isRole);
}

/** Roles come with the row (a comma-joined `roles` column) where the query can join them, else are read apart. */
function toRecord(db: Db, row: UserRow & { roles?: string | null }): UserRecord {
  const roles = row.roles === undefined ? rolesOf(db, row.id) : (row.roles ?? '').split(',').filter(isRole).sort();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    departmentId: row.department_id,
    active: row.active === 1,
    language: row.language,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    passwordHash: row.password_hash,
    failedAttempts: row.failed_attempts,
    mustChangePassword: row.must_change_password === 1,
    sessionKey: row.session_key,
  };
}

/** The user as the API shows it: never the password hash. */
export function publicUser(record: UserRecord): User {
  const { passwordHash: _hash, failedAttempts: _failures, mustChangePassword: _must, sessionKey: _key, ...user } = record;
  return user;
}

export function findUserById(db: Db, id: number): UserRecord | null {
  const row = sql(db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toRecord(db, row) : null;
}

export function findUserByUsername(db: Db, username: string): UserRecord | null {
  const row = sql(db, 'SELECT * FROM users WHERE username = ?').get(username.trim()) as UserRow | undefined;
  return row ? toRecord(db, row) : null;
}

/** An active user with what sessions need of them: who they are, and the key their sessions must carry. */
export function findActiveUser(db: Db, id: number): Pick<UserRecord, 'id' | 'username' | 'displayName' | 'roles' | 'sessionKey'> | null {
  const row = sql(db, 'SELECT id, username, display_name, session_key FROM users WHERE id = ? AND active = 1').get(id) as
    | Pick<UserRow, 'id' | 'username' | 'display_name' | 'session_key'>
    | undefined;
  if (!row) return null;
  return { id: row.id, username: row.username, displayName: row.display_name, roles: rolesOf(db, row.id), sessionKey: row.session_key };
}

export function countUsers(db: Db): number {
  return (sql(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function listUsers(db: Db, includeInactive: boolean): User[] {
  const rows = sql(
    db,
    `SELECT u.*, (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) AS roles
     FROM users u WHERE u.active = 1 OR ? ORDER BY u.username`,
  ).all(includeInactive ? 1 : 0) as (UserRow & { roles: string | null })[];
  return rows.map((row) => publicUser(toRecord(db, row)));
}

/** Active users by display name, optionally only those holding `role`. */
export function listColleagues(db: Db, role: Role | null): Colleague[] {
  const rows = sql(
    db,
    `SELECT u.id, u.display_name, u.department_id, (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) AS roles
     FROM users u
     WHERE u.active = 1 AND (@role IS NULL OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = @role))
     ORDER BY u.display_name, u.id`,
  ).all({ role }) as { id: number; display_name: string; department_id: number | null; roles: string | null }[];
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    roles: (row.roles ? row.roles.split(',') : []).filter(isRole).sort(),
    departmentId: row.department_id,
  }));
}

export function insertUser(
  db: Db,
  user: { username: string; displayName: string; passwordHash: string; roles: Role[]; departmentId: number | null },
  now: number,
): number {
  const result = sql(
    db,
    `INSERT INTO users (username, display_name, password_hash, department_id, created_at, updated_at, session_key)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(user.username, user.displayName, user.passwordHash, user.departmentId, now, now, randomBytes(16).toString('hex'));
  const id = Number(result.lastInsertRowid);
  replaceRoles(db, id, user.roles);
  return id;
}

export function replaceRoles(db: Db, userId: number, roles: readonly Role[]): void {
  sql(db, 'DELETE FROM user_roles WHERE user_id = ?').run(userId);
  const add = sql(db, 'INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const role of roles) add.run(userId, role);
}

/** Applies changed columns and bumps the version, only if the version is still the one read. */
export function updateUserColumns(
  db: Db,
  id: number,
  expectedVersion: number,
  columns: Partial<Pick<UserRow, 'display_name' | 'department_id' | 'active' | 'language'>>,
  now: number,
): boolean {
  return updateVersionedRow(db, 'users', id, expectedVersion, columns, now);
}

export function recordSignInFailure(db: Db, id: number, failedAttempts: number, lockedUntil: number | null): void {
  sql(db, 'UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(failedAttempts, lockedUntil, id);
}

export function recordSignIn(db: Db, id: number, now: number): void {
  sql(db, 'UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(now, id);
}

export function setPasswordHash(db: Db, id: number, passwordHash: string, mustChange: boolean, now: number): void {
  sql(
    db,
    `UPDATE users SET password_hash = ?, must_change_password = ?, failed_attempts = 0, locked_until = NULL,
       version = version + 1, updated_at = ? WHERE id = ?`,
  ).run(passwordHash, mustChange ? 1 : 0, now, id);
}

export function setLanguage(db: Db, id: number, language: Language): void {
  sql(db, 'UPDATE users SET language = ? WHERE id = ?').run(language, id);
}
