import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type { CenterSettings } from '../../../../shared/api/settings';
import type { Language } from '../../../../shared/api/common';
import { todayIn } from '../../../../shared/customers/dates';

interface SettingsRow {
  center_name: string;
  hotline_numbers: string;
  time_zone: string;
  default_language: Language;
  version: number;
}

export function getCenterSettings(db: Db): CenterSettings {
  const row = sql(db, 'SELECT * FROM center_settings WHERE id = 1').get() as SettingsRow;
  return {
    centerName: row.center_name,
    hotlineNumbers: JSON.parse(row.hotline_numbers) as string[],
    timeZone: row.time_zone,
    defaultLanguage: row.default_language,
    version: row.version,
  };
}

export function updateCenterSettingsColumns(
  db: Db,
  expectedVersion: number,
  columns: Partial<Omit<SettingsRow, 'version'>>,
  now: number,
): boolean {
  return updateVersionedRow(db, 'center_settings', 1, expectedVersion, columns, now);
}

/** The center's time zone (center_settings.time_zone), e.g. Asia/Shanghai. */
export function centerTimeZone(db: Db): string {
  return (sql(db, 'SELECT time_zone FROM center_settings WHERE id = 1').pluck().get() as string | undefined) ?? 'Asia/Shanghai';
}

/** Today's date (YYYY-MM-DD) at the center, in its time zone. */
export function centerToday(db: Db, now: number): string {
  return todayIn(centerTimeZone(db), now);
}
