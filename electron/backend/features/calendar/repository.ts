// SQL of the working calendar's edits and of the service-level policy's versions.
import { sql, type Db } from '../../db/connection';
import type { CalendarDay, SlaPolicy } from '../../../../shared/api/calendar';
import { officialDay, type DayKind } from '../../../../shared/calendar/official';
import type { SlaRules } from '../../../../shared/calendar/policy';

interface EditRow {
  date: string;
  kind: DayKind;
  name: string;
  edited_by: number | null;
  editor_name: string | null;
  edited_at: number;
}

const EDIT_COLUMNS = `d.date, d.kind, d.name, d.edited_by, u.display_name AS editor_name, d.edited_at
  FROM calendar_days d LEFT JOIN users u ON u.id = d.edited_by`;

export function editedDay(row: EditRow): CalendarDay {
  const official = officialDay(row.date);
  return {
    date: row.date,
    kind: row.kind,
    name: { zh: row.name, en: row.name },
    source: 'edited',
    official: official ? { kind: official.kind, name: official.name } : null,
    editedBy: row.editor_name,
    editedAt: row.edited_at,
  };
}

export function findEdit(db: Db, date: string): CalendarDay | null {
  const row = sql(db, `SELECT ${EDIT_COLUMNS} WHERE d.date = ?`).get(date) as EditRow | undefined;
  return row ? editedDay(row) : null;
}

/** The edits of the dates in [from, to) (YYYY-MM-DD), in date order. */
export function editsBetween(db: Db, from: string, to: string): CalendarDay[] {
  const rows = sql(db, `SELECT ${EDIT_COLUMNS} WHERE d.date >= ? AND d.date < ? ORDER BY d.date`).all(from, to) as EditRow[];
  return rows.map(editedDay);
}

/** Every edit as date → working?, to build the calendar from. */
export function allEdits(db: Db): Array<[string, boolean]> {
  const rows = sql(db, 'SELECT date, kind FROM calendar_days').all() as Array<{ date: string; kind: DayKind }>;
  return rows.map((row) => [row.date, row.kind === 'working']);
}

/** The years in which the supervisor marked at least one holiday. */
export function yearsWithEditedHolidays(db: Db): Set<number> {
  const years = sql(db, "SELECT DISTINCT substr(date, 1, 4) FROM calendar_days WHERE kind = 'holiday'").pluck().all() as string[];
  return new Set(years.map(Number));
}

export function upsertEdit(db: Db, edit: { date: string; kind: DayKind; name: string; editedBy: number; editedAt: number }): void {
  sql(
    db,
    `INSERT INTO calendar_days (date, kind, name, edited_by, edited_at) VALUES (@date, @kind, @name, @editedBy, @editedAt)
     ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, edited_by = excluded.edited_by, edited_at = excluded.edited_at`,
  ).run(edit);
}

export function deleteEdit(db: Db, date: string): boolean {
  return sql(db, 'DELETE FROM calendar_days WHERE date = ?').run(date).changes === 1;
}

interface PolicyRow {
  version: number;
  rules: string;
  saved_at: number;
  saver_name: string | null;
}

const POLICY_COLUMNS = `p.version, p.rules, p.saved_at, u.display_name AS saver_name
  FROM sla_policy_versions p LEFT JOIN users u ON u.id = p.saved_by`;

function toPolicy(row: PolicyRow): SlaPolicy {
  const rules = JSON.parse(row.rules) as SlaRules;
  return { priorities: rules.priorities, other: rules.other, version: row.version, savedAt: row.saved_at, savedBy: row.saver_name };
}

export function currentPolicy(db: Db): SlaPolicy {
  const row = sql(db, `SELECT ${POLICY_COLUMNS} ORDER BY p.version DESC LIMIT 1`).get() as PolicyRow;
  return toPolicy(row);
}

export function policyHistory(db: Db): SlaPolicy[] {
  return (sql(db, `SELECT ${POLICY_COLUMNS} ORDER BY p.version DESC`).all() as PolicyRow[]).map(toPolicy);
}

/** Adds the next version if `expectedVersion` is still the newest; false when someone saved first. */
export function insertPolicyVersion(db: Db, expectedVersion: number, rules: SlaRules, savedBy: number, savedAt: number): boolean {
  const result = sql(
    db,
    `INSERT INTO sla_policy_versions (version, rules, saved_by, saved_at)
     SELECT @next, @rules, @savedBy, @savedAt WHERE (SELECT max(version) FROM sla_policy_versions) = @expectedVersion`,
  ).run({ next: expectedVersion + 1, rules: JSON.stringify(rules), savedBy, savedAt, expectedVersion });
  return result.changes === 1;
}
