// 工作日历: the year at a glance with holidays and make-up working days, the supervisor's changes, a working-day calculator.
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../shared/api';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, type CalendarDay } from '../../../../shared/api/calendar';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useApiQuery } from '../../lib/queries';
import { DayDialog } from './DayDialog';
import { DAY_COLORS, EDITED_COLOR, type DayLook } from './days';
import { MissingYearAlert } from './MissingYearNotice';
import { NamedDaysList } from './NamedDaysList';
import { WorkingDayCalculator } from './WorkingDayCalculator';
import { YearGrid } from './YearGrid';

function Swatch({ look, edited = false, today = false }: { look: DayLook; edited?: boolean; today?: boolean }) {
  const colors = DAY_COLORS[look];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-block',
        width: 18,
        height: 14,
        borderRadius: 0.5,
        bgcolor: colors.bg === 'transparent' ? '#ffffff' : colors.bg,
        border: edited ? `2px dashed ${EDITED_COLOR}` : '1px solid #dde3ea',
        boxShadow: today ? (theme) => `inset 0 0 0 2px ${theme.palette.primary.main}` : 'none',
        verticalAlign: 'middle',
      }}
    />
  );
}

function Legend() {
  const { t } = useTranslation('calendar');
  const items: Array<{ key: string; swatch: ReactElement; mark?: string }> = [
    { key: 'working', swatch: <Swatch look="working" /> },
    { key: 'rest', swatch: <Swatch look="rest" /> },
    { key: 'holiday', swatch: <Swatch look="holiday" />, mark: t('marks.holiday') },
    { key: 'makeup', swatch: <Swatch look="makeup" />, mark: t('marks.makeup') },
    { key: 'edited', swatch: <Swatch look="working" edited /> },
    { key: 'today', swatch: <Swatch look="working" today /> },
  ];
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }} data-testid="calendar-legend">
      <Typography variant="body2" color="text.secondary">
        {t('legend.title')}
      </Typography>
      {items.map((item) => (
        <Stack key={item.key} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          {item.swatch}
          <Typography variant="body2">
            {item.mark ? `${t(`legend.${item.key}`)} (${item.mark})` : t(`legend.${item.key}`)}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}

export function CalendarPage() {
  const { t } = useTranslation(['calendar', 'nav']);
  const me = useCurrentUser();
  const mayEdit = mayCall(api['calendar.setDay'].access, me.roles);
  const [year, setYear] = useState<number | null>(null);
  const calendar = useApiQuery('calendar.get', year === null ? {} : { year }, { placeholderData: keepPreviousData });
  const [open, setOpen] = useState<{ date: string; listed: CalendarDay | null } | null>(null);
  const data = calendar.data;
  const shownYear = year ?? data?.year ?? null;
  const thisYear = data ? Number(data.today.slice(0, 4)) : null;
  const days = data?.days;

  const openDay = useCallback(
    (date: string) => setOpen({ date, listed: days?.find((day) => day.date === date) ?? null }),
    [days],
  );

  const yearSwitch = shownYear !== null && (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Tooltip title={t('previousYear')}>
        <span>
          <IconButton aria-label={t('previousYear')} disabled={shownYear <= CALENDAR_FIRST_YEAR} onClick={() => setYear(shownYear - 1)} data-testid="calendar-previous-year">
            <ChevronLeft />
          </IconButton>
        </span>
      </Tooltip>
      <Typography variant="h2" component="p" sx={{ minWidth: 88, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }} data-testid="calendar-year">
        {t('yearLabel', { year: shownYear })}
      </Typography>
      <Tooltip title={t('nextYear')}>
        <span>
          <IconButton aria-label={t('nextYear')} disabled={shownYear >= CALENDAR_LAST_YEAR} onClick={() => setYear(shownYear + 1)} data-testid="calendar-next-year">
            <ChevronRight />
          </IconButton>
        </span>
      </Tooltip>
      {thisYear !== null && shownYear !== thisYear && (
        <Button size="small" onClick={() => setYear(thisYear)} data-testid="calendar-this-year">
          {t('thisYear')}
        </Button>
      )}
    </Stack>
  );

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={yearSwitch} />
      {calendar.isPending && <LoadingBlock />}
      {calendar.isError && <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />}
      {data && (
        <Stack spacing={2} data-testid="calendar-page">
          {mayEdit && data.missingOfficialYear !== null && <MissingYearAlert year={data.missingOfficialYear} withLink={false} />}
          <Paper variant="outlined" sx={{ px: 2, py: 1.25 }}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
              <Legend />
              <Typography variant="body2" color="text.secondary" data-testid="calendar-edit-hint">
                {mayEdit ? t('mayEdit') : t('readOnly')}
              </Typography>
            </Stack>
          </Paper>
          <YearGrid year={data.year} days={data.days} today={data.today} onOpen={mayEdit ? openDay : null} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(320px, 2fr)' }, alignItems: 'start' }}>
            <NamedDaysList year={data.year} days={data.days} />
            <Stack spacing={1}>
              <WorkingDayCalculator today={data.today} />
              {data.officialYears.length > 0 && (
                <Typography variant="caption" color="text.secondary">
                  {t('officialSource', { from: data.officialYears[0], to: data.officialYears[data.officialYears.length - 1] })}
                </Typography>
              )}
            </Stack>
          </Box>
        </Stack>
      )}
      {open && <DayDialog key={open.date} date={open.date} listed={open.listed} onClose={() => setOpen(null)} />}
    </>
  );
}
