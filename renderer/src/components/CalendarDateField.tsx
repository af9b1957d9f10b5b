// Calendar dates (YYYY-MM-DD, a day without a time zone) shown in the user's format and picked with the date picker.
import Box from '@mui/material/Box';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function useCalendarDate() {
  const { t } = useTranslation('common');
  return useCallback(
    (date: string | null | undefined) => (date ? dayjs(date).format(t('format.date')) : ''),
    [t],
  );
}

/** What the field reports while a date is typed only in part. */
export const INVALID_DATE = 'invalid';

export const toCalendarDate = (value: Dayjs | null): string | null => (value && value.isValid() ? value.format('YYYY-MM-DD') : null);

/** A date picker over a YYYY-MM-DD string ('' for none), for react-hook-form's Controller. */
export function CalendarDateField({
  label,
  value,
  onChange,
  error,
  helperText,
  testId,
  minDate,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: boolean;
  helperText?: string;
  testId: string;
  minDate?: string | null;
  required?: boolean;
}) {
  const { t } = useTranslation('common');
  // The picker keeps its own value: a date half typed is an invalid date, not "no date", and must stay on screen.
  const [picked, setPicked] = useState<Dayjs | null>(() => (value && value !== INVALID_DATE ? dayjs(value) : null));
  return (
    <Box data-testid={testId} sx={{ width: '100%' }}>
    <DatePicker
      label={label}
      value={picked}
      onChange={(next) => {
        setPicked(next);
        onChange(next === null ? '' : next.isValid() ? next.format('YYYY-MM-DD') : INVALID_DATE);
      }}
      format={t('format.date')}
      minDate={minDate ? dayjs(minDate) : undefined}
      slotProps={{
        textField: {
          size: 'small',
          fullWidth: true,
          error,
          helperText,
          required,
        },
        field: { clearable: true },
      }}
    />
    </Box>
  );
}
