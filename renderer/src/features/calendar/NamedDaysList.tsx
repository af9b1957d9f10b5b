// The year's holidays and make-up working days as a list, runs of the same holiday joined: 国庆节 10-01 – 10-07.
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../shared/api/calendar';
import { dayNumber } from '../../../../shared/calendar/day-numbers';
import { describeListed, lookOf, type DayLook } from './days';

interface Run {
  first: CalendarDay;
  last: CalendarDay;
  look: DayLook;
}

/** Consecutive days of the same kind, name and source make one line. */
function runsOf(days: CalendarDay[]): Run[] {
  const runs: Run[] = [];
  for (const day of days) {
    const look = lookOf(day.date, day.kind);
    const previous = runs[runs.length - 1];
    if (
      previous &&
      previous.look === look &&
      look === 'holiday' &&
      previous.last.source === day.source &&
      previous.last.name.zh === day.name.zh &&
      dayNumber(previous.last.date) + 1 === dayNumber(day.date)
    ) {
      previous.last = day;
    } else {
      runs.push({ first: day, last: day, look });
    }
  }
  return runs;
}

export function NamedDaysList({ year, days }: { year: number; days: CalendarDay[] }) {
  const { t, i18n } = useTranslation(['calendar', 'common']);
  const date = (value: string) => dayjs(value).format(t('common:format.date'));
  const runs = runsOf(days);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="named-days">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        {t('list.title', { year })}
      </Typography>
      {runs.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('list.empty')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('list.date')}</TableCell>
              <TableCell>{t('list.what')}</TableCell>
              <TableCell>{t('list.source')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {runs.map((run) => (
              <TableRow key={run.first.date} data-testid={`named-day-${run.first.date}`}>
                <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {run.first.date === run.last.date ? date(run.first.date) : `${date(run.first.date)} – ${date(run.last.date)}`}
                </TableCell>
                <TableCell>{describeListed(t, i18n.language, run.first)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={run.first.source === 'edited' ? 'warning' : 'default'}
                    label={t(`list.${run.first.source}`)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
