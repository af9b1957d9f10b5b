// A year at a glance: twelve month grids, Monday first, each day coloured by what it is.
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../shared/api/calendar';
import { DAY_COLORS, EDITED_COLOR, MONTHS, WEEK_ORDER, dayInfo, daysInMonth, describeDay, describeListed, pad2, type DayInfo } from './days';

const CELL_HEIGHT = 25;

function DayCell({ info, today, onOpen }: { info: DayInfo; today: boolean; onOpen: ((date: string) => void) | null }) {
  const { t, i18n } = useTranslation('calendar');
  const colors = DAY_COLORS[info.look];
  const label = info.listed ? describeListed(t, i18n.language, info.listed) : describeDay(t, i18n.language, info.date, null, null);
  const mark = info.look === 'holiday' || info.look === 'makeup' ? t(`marks.${info.look}`) : null;
  const content = (
    <Box
      sx={{
        position: 'relative',
        width: '100%',
        height: CELL_HEIGHT,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        borderRadius: 1,
        bgcolor: colors.bg,
        color: colors.fg,
        fontSize: 13,
        fontVariantNumeric: 'tabular-nums',
        fontWeight: today ? 700 : 400,
        outline: info.edited ? `2px dashed ${EDITED_COLOR}` : 'none',
        outlineOffset: -2,
        boxShadow: today ? (theme) => `inset 0 0 0 2px ${theme.palette.primary.main}` : 'none',
      }}
    >
      {Number(info.date.slice(8))}
      {mark && (
        <Box component="span" sx={{ position: 'absolute', top: 0, right: 2, fontSize: 9, lineHeight: 1.2, fontWeight: 500 }}>
          {mark}
        </Box>
      )}
    </Box>
  );
  const common = {
    'data-testid': `day-${info.date}`,
    'data-look': info.look,
    'data-edited': info.edited ? 'true' : 'false',
    'aria-label': `${info.date} ${label}`,
  };
  return (
    <Tooltip title={label} disableInteractive enterDelay={300} placement="top">
      {onOpen ? (
        <ButtonBase {...common} onClick={() => onOpen(info.date)} sx={{ width: '100%', borderRadius: 1, '&:hover > div': { filter: 'brightness(0.94)' } }}>
          {content}
        </ButtonBase>
      ) : (
        <Box {...common}>{content}</Box>
      )}
    </Tooltip>
  );
}

function MonthGrid({
  year,
  month,
  byDate,
  today,
  onOpen,
}: {
  year: number;
  month: number;
  byDate: ReadonlyMap<string, CalendarDay>;
  today: string;
  onOpen: ((date: string) => void) | null;
}) {
  const { t } = useTranslation('calendar');
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const leading = WEEK_ORDER.indexOf(first);
  const count = daysInMonth(year, month);
  return (
    <Paper variant="outlined" sx={{ px: 1.25, py: 1 }} data-testid={`month-${month}`}>
      <Typography variant="subtitle2" sx={{ mb: 0.25, pl: 0.5, lineHeight: 1.5 }}>
        {t(`months.${month}`)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: '2px' }}>
        {WEEK_ORDER.map((weekday) => (
          <Typography
            key={weekday}
            variant="caption"
            sx={{ textAlign: 'center', color: weekday === 0 || weekday === 6 ? 'text.secondary' : 'text.primary', lineHeight: '18px' }}
          >
            {t(`weekdaysShort.${weekday}`)}
          </Typography>
        ))}
        {Array.from({ length: leading }, (_, i) => (
          <Box key={`empty-${i}`} />
        ))}
        {Array.from({ length: count }, (_, i) => {
          const date = `${year}-${pad2(month)}-${pad2(i + 1)}`;
          return <DayCell key={date} info={dayInfo(date, byDate.get(date))} today={date === today} onOpen={onOpen} />;
        })}
      </Box>
    </Paper>
  );
}

export const YearGrid = memo(function YearGrid({
  year,
  days,
  today,
  onOpen,
}: {
  year: number;
  days: CalendarDay[];
  today: string;
  /** Set for someone who may edit: opens a day. */
  onOpen: ((date: string) => void) | null;
}) {
  const byDate = new Map(days.map((day) => [day.date, day]));
  return (
    <Box
      data-testid="year-grid"
      sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' } }}
    >
      {MONTHS.map((month) => (
        <MonthGrid key={month} year={year} month={month} byDate={byDate} today={today} onOpen={onOpen} />
      ))}
    </Box>
  );
});
