// A moment (epoch ms, or null) picked as a date and time in the center's time zone, typed section by section.
import Box from '@mui/material/Box';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../lib/queries';
import '../lib/format';

/** The center's time zone, or the computer's until the settings have arrived. */
export function useCenterZone(): string | undefined {
  return useApiQuery('settings.get', {}, { staleTime: 60_000 }).data?.timeZone;
}

export function DateTimeField({
  label,
  value,
  onChange,
  testId,
  error,
  helperText,
  required = false,
  disableFuture = false,
}: {
  label: string;
  value: number | null;
  /** null while nothing, or only part of a moment, is typed. */
  onChange: (value: number | null) => void;
  testId: string;
  error?: boolean;
  helperText?: string;
  required?: boolean;
  disableFuture?: boolean;
}) {
  const { t } = useTranslation('common');
  const zone = useCenterZone();
  const toDayjs = (ms: number | null): Dayjs | null => {
    if (ms === null) return null;
    try {
      return zone ? dayjs(ms).tz(zone) : dayjs(ms);
    } catch {
      return dayjs(ms);
    }
  };
  // The picker keeps its own value, so a moment half typed stays on screen while it is not yet a moment.
  const [picked, setPicked] = useState<Dayjs | null>(() => toDayjs(value));
  return (
    <Box data-testid={testId} sx={{ width: '100%' }}>
      <DateTimePicker
        label={label}
        value={picked}
        timezone={zone ?? 'default'}
        onChange={(next) => {
          setPicked(next);
          onChange(next && next.isValid() ? next.valueOf() : null);
        }}
        format={t('format.dateTime')}
        ampm={false}
        disableFuture={disableFuture}
        slotProps={{
          textField: { size: 'small', fullWidth: true, error, helperText, required },
          field: { clearable: true },
        }}
      />
    </Box>
  );
}
