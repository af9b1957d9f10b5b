// Calendar dates (YYYY-MM-DD) and the warranty status computed from them.
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** One formatter per time zone: making one costs ICU far more than a date (a host profile showed it above the board). */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone, e.g. the center's Asia/Shanghai. */
export function todayIn(timeZone: string, now: number): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, format);
  }
  return format.format(now);
}

export const WARRANTY_STATUSES = ['in_warranty', 'expiring', 'expired', 'unknown'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];
export const WARRANTY_EXPIRING_DAYS = 30;

/** In warranty; expiring within 30 days (the end date is within the next 30 days); expired; or unknown without an end. */
export function warrantyStatus(warrantyEnd: string | null, today: string): WarrantyStatus {
  if (!warrantyEnd) return 'unknown';
  if (warrantyEnd < today) return 'expired';
  if (warrantyEnd < addDays(today, WARRANTY_EXPIRING_DAYS)) return 'expiring';
  return 'in_warranty';
}
