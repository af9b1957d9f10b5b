// The store's value at the moving average: now, and at the close of a past day (by default the last month's end, the
// figure the books ask for), read from each part's last movement by then.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateField, INVALID_DATE, useCalendarDate } from '../../components/CalendarDateField';
import { formatYuan } from '../../lib/money';
import { useApiQuery } from '../../lib/queries';
import { lastMonthEnd } from './movements';

function Figure({ label, valueFen, parts, testId }: { label: string; valueFen: number | undefined; parts: number | undefined; testId: string }) {
  const { t, i18n } = useTranslation('parts');
  return (
    <div>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h2" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {valueFen === undefined ? '…' : formatYuan(valueFen, i18n.language)}
      </Typography>
      {parts !== undefined && (
        <Typography variant="caption" color="text.secondary">
          {t('value.partsInStock', { count: parts })}
        </Typography>
      )}
    </div>
  );
}

export function StoreValue() {
  const { t } = useTranslation('parts');
  const shown = useCalendarDate();
  const [date, setDate] = useState(() => lastMonthEnd(dayjs().format('YYYY-MM-DD')));
  const picked = date !== '' && date !== INVALID_DATE;
  const now = useApiQuery('stock.valuation', {});
  const past = useApiQuery('stock.valuation', { date }, { enabled: picked });
  return (
    <Paper variant="outlined" sx={{ px: 2.5, py: 1.5, mb: 2 }} data-testid="store-value">
      <Stack direction="row" spacing={5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Figure label={t('value.now')} valueFen={now.data?.totalValueFen} parts={now.data?.partsInStock} testId="store-value-now" />
        <Figure
          label={picked ? t('value.at', { date: shown(date) }) : t('value.pickDate')}
          valueFen={picked ? past.data?.totalValueFen : undefined}
          parts={picked ? past.data?.partsInStock : undefined}
          testId="store-value-at"
        />
        <Stack sx={{ width: 190 }}>
          <CalendarDateField label={t('value.date')} value={date} onChange={setDate} testId="store-value-date" />
        </Stack>
      </Stack>
    </Paper>
  );
}
