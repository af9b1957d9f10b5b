// Dates, times and sizes in the user's language, in the center's time zone.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from './queries';

dayjs.extend(utc);
dayjs.extend(timezone);

export function useFormat() {
  const { t, i18n } = useTranslation('common');
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  const zone = settings.data?.timeZone;
  const language = i18n.language;

  const at = useCallback(
    (ms: number) => {
      const value = dayjs(ms);
      try {
        return zone ? value.tz(zone) : value;
      } catch {
        return value;
      }
    },
    [zone],
  );

  return useMemo(
    () => ({
      dateTime: (ms: number | null | undefined) => (ms == null ? '' : at(ms).format(t('format.dateTime'))),
      dateTimeSeconds: (ms: number | null | undefined) => (ms == null ? '' : at(ms).format(t('format.dateTimeSeconds'))),
      date: (ms: number | null | undefined) => (ms == null ? '' : at(ms).format(t('format.date'))),
      time: (ms: number | null | undefined) => (ms == null ? '' : at(ms).format(t('format.time'))),
      bytes: (bytes: number) => {
        const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
        if (bytes < 1024) return t('size.bytes', { value: number(bytes) });
        if (bytes < 1024 ** 2) return t('size.kb', { value: number(bytes / 1024) });
        if (bytes < 1024 ** 3) return t('size.mb', { value: number(bytes / 1024 ** 2) });
        return t('size.gb', { value: number(bytes / 1024 ** 3) });
      },
    }),
    [at, t, language],
  );
}
