import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type { CenterSettings } from '../../../../shared/api/settings';
import type { Language } from '../../../../shared/api/common';

interface SettingsRow {
  center_name: string;
  hotline_numbers: string;
  time_zone: string;
  default_language: Language;
  session_idle_minutes: number;
  session_bound_to_address: 0 | 1;
  version: number;
}

export function getCenterSettings(db: Db): CenterSettings {
  const row = sql(db, 'SELECT * FROM center_settings WHERE id = 1').get() as SettingsRow;
  return {
    centerName: row.center_name,
    hotlineNumbers: JSON.parse(row.hotline_numbers) as string[],
    timeZone: row.time_zone,
    defaultLanguage: row.default_language,
    sessionIdleMinutes: row.session_idle_minutes,
    sessionBoundToAddress: row.session_bound_to_address === 1,
    version: row.version,
  };
}

/** How sessions behave under these settings (auth/sessions.ts). */
export const sessionPolicyOf = (settings: CenterSettings) => ({
  idleMs: settings.sessionIdleMinutes * 60_000,
  boundToAddress: settings.sessionBoundToAddress,
});

export function updateCenterSettingsColumns(
  db: Db,
  expectedVersion: number,
  columns: Partial<Omit<SettingsRow, 'version'>>,
  now: number,
): boolean {
  return updateVersionedRow(db, 'center_settings', 1, expectedVersion, columns, now);
}
