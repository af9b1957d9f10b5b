// What an audit entry changed, field by field, in words the reader knows.
import type { TFunction } from 'i18next';
import { isRole } from '../../../../shared/api';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping columns every write touches; they say nothing about what the user changed. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function changesOf(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((field) => !IGNORED.has(field));
  const hasBefore = before !== null && before !== undefined;
  return fields
    .filter((field) => !hasBefore || JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

export function fieldLabel(t: TFunction, field: string): string {
  return t(`audit:fields.${field}`, { defaultValue: field });
}

export interface ValueFormat {
  dateTime: (ms: number) => string;
  bytes: (bytes: number) => string;
}

export function valueText(t: TFunction, field: string, value: unknown, format: ValueFormat): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'common:status.yes' : 'common:status.no');
  if (typeof value === 'number' && (field.endsWith('At') || field === 'lockedUntil')) return format.dateTime(value);
  if (typeof value === 'number' && field === 'sizeBytes') return format.bytes(value);
  if (field === 'reason' && typeof value === 'string') return t(`backup:reasons.${value}`, { defaultValue: value });
  if (field === 'kind' && typeof value === 'string') return t(`departments:kinds.${value}`, { defaultValue: value });
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === 'string' && isRole(item) ? t(`common:roles.${item}`) : String(item))).join(t('common:listSeparator'));
  }
  if ((field === 'language' || field === 'defaultLanguage') && typeof value === 'string') {
    return t(`common:languageName.${value}`, { defaultValue: value });
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One line for the log's list: a few changes spelled out, many changes named. */
export function summaryOf(t: TFunction, before: unknown, after: unknown, format: ValueFormat): string {
  const hasBefore = before !== null && before !== undefined;
  const changes = changesOf(before, after).filter(
    (change) => hasBefore || (change.field !== 'id' && change.after !== null && change.after !== undefined && change.after !== ''),
  );
  const separator = t('common:listSeparator');
  if (changes.length > 2) return changes.map((change) => fieldLabel(t, change.field)).join(separator);
  return changes
    .map((change) =>
      hasBefore
        ? t('audit:changeLine', {
            label: fieldLabel(t, change.field),
            before: valueText(t, change.field, change.before, format),
            after: valueText(t, change.field, change.after, format),
          })
        : t('audit:valueLine', { label: fieldLabel(t, change.field), value: valueText(t, change.field, change.after, format) }),
    )
    .join(separator);
}
