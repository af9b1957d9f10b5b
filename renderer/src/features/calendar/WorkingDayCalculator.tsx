// "N working days after this date is…", through calendar.addWorkingDays, so a change of the calendar shows at once.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WORKING_DAYS_AHEAD } from '../../../../shared/api/calendar';
import { isCalendarDate } from '../../../../shared/customers/dates';
import { dayNumber, weekdayOfDayNumber } from '../../../../shared/calendar/day-numbers';
import { useApiQuery } from '../../lib/queries';
import { CalendarDateField } from '../../components/CalendarDateField';
import { EstimateMark, useCalendarEstimate } from '../../components/Deadline';

export function WorkingDayCalculator({ today }: { today: string }) {
  const { t } = useTranslation(['calendar', 'common']);
  const [from, setFrom] = useState(today);
  const [daysText, setDaysText] = useState('3');
  const days = Number(daysText);
  const valid = isCalendarDate(from) && /^\d+$/.test(daysText) && days <= MAX_WORKING_DAYS_AHEAD;
  const result = useApiQuery('calendar.addWorkingDays', { from, days }, { enabled: valid });
  const date = valid ? result.data?.date : undefined;
  const estimate = useCalendarEstimate();

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="working-day-calculator">
      <Typography variant="subtitle1">{t('calculator.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('calculator.help')}
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <CalendarDateField label={t('calculator.from')} value={from} onChange={setFrom} testId="calculator-from" />
        <TextField
          label={t('calculator.days')}
          value={daysText}
          onChange={(event) => setDaysText(event.target.value.trim())}
          sx={{ width: 120, flexShrink: 0 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'calculator-days' } }}
        />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 1.5, alignItems: 'baseline', minHeight: 28 }}>
        {valid ? (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('calculator.result', { days })}
            </Typography>
            <Typography variant="h3" component="p" data-testid="calculator-result" data-date={date ?? ''}>
              {date
                ? t('calculator.resultDate', {
                    date: dayjs(date).format(t('common:format.date')),
                    weekday: t(`weekdays.${weekdayOfDayNumber(dayNumber(date))}`),
                  })
                : '…'}
            </Typography>
            {date && <EstimateMark year={estimate.between(from, date)} />}
          </>
        ) : (
          <Typography variant="body2" color="error">
            {t('calculator.invalid')}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}
