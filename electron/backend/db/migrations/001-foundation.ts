// Users and roles, departments, the center profile and the audit log.
import type { Db } from '../connection';

const DEFAULT_DEPARTMENTS: Array<[name: string, nameEn: string, kind: 'department' | 'higher_level']> = [
  ['售后服务部', 'After-sales Service', 'department'],
  ['工程部', 'Engineering', 'department'],
  ['物资部', 'Materials', 'department'],
  ['技术支持组', 'Technical Support', 'department'],
  ['资料室', 'Archive Room', 'department'],
  ['上级单位', 'Higher-level Office', 'higher_level'],
];

export function up(db: Db, now: number): void {
  db.exec(`
    CREATE TABLE center_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      center_name TEXT NOT NULL,
      hotline_numbers TEXT NOT NULL DEFAULT '[]',
      time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
      default_language TEXT NOT NULL DEFAULT 'zh-CN' CHECK (default_language IN ('zh-CN', 'en')),
      version INTEGER NOT NULL DEFAULT 0,
      updated_at INTEGER NOT NULL
    );

    CREATE TABLE departments (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      name_en TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('department', 'higher_level')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );

    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      display_name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      department_id INTEGER REFERENCES departments(id),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      language TEXT CHECK (language IN ('zh-CN', 'en')),
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until INTEGER,
      last_login_at INTEGER,
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );

    CREATE TABLE user_roles (
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role TEXT NOT NULL,
      PRIMARY KEY (user_id, role)
    ) WITHOUT ROWID;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      user_id INTEGER,
      method TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      before TEXT,
      after TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    );
    CREATE INDEX audit_log_by_user ON audit_log (user_id, id);
    CREATE INDEX audit_log_by_entity ON audit_log (entity, id);
    CREATE INDEX audit_log_by_time ON audit_log (at);
  `);
  db.prepare('INSERT INTO center_settings (id, center_name, updated_at) VALUES (1, ?, ?)').run('', now);
  const addDepartment = db.prepare(
    'INSERT INTO departments (name, name_en, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [name, nameEn, kind] of DEFAULT_DEPARTMENTS) addDepartment.run(name, nameEn, kind, now, now);
}
