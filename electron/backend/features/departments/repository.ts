import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type { Department, DepartmentKind } from '../../../../shared/api/departments';

interface DepartmentRow {
  id: number;
  name: string;
  name_en: string;
  kind: DepartmentKind;
  active: number;
  version: number;
}

const toDepartment = (row: DepartmentRow): Department => ({
  id: row.id,
  name: row.name,
  nameEn: row.name_en,
  kind: row.kind,
  active: row.active === 1,
  version: row.version,
});

export function listDepartments(db: Db, includeInactive: boolean): Department[] {
  const rows = sql(db, 'SELECT * FROM departments WHERE active = 1 OR ? ORDER BY kind, id').all(
    includeInactive ? 1 : 0,
  ) as DepartmentRow[];
  return rows.map(toDepartment);
}

export function findDepartment(db: Db, id: number): Department | null {
  const row = sql(db, 'SELECT * FROM departments WHERE id = ?').get(id) as DepartmentRow | undefined;
  return row ? toDepartment(row) : null;
}

export function departmentNameTaken(db: Db, name: string, exceptId: number | null): boolean {
  return sql(db, 'SELECT 1 FROM departments WHERE name = ? AND id IS NOT ?').get(name, exceptId) !== undefined;
}

export function insertDepartment(db: Db, d: { name: string; nameEn: string; kind: DepartmentKind }, now: number): number {
  const result = sql(
    db,
    'INSERT INTO departments (name, name_en, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(d.name, d.nameEn, d.kind, now, now);
  return Number(result.lastInsertRowid);
}

export function updateDepartmentColumns(
  db: Db,
  id: number,
  expectedVersion: number,
  columns: Partial<Pick<DepartmentRow, 'name' | 'name_en' | 'kind' | 'active'>>,
  now: number,
): boolean {
  return updateVersionedRow(db, 'departments', id, expectedVersion, columns, now);
}
