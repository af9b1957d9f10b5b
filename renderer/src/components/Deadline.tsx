// A deadline as people read it: "within N working days" ends at 24:00 of the last working day, and turns red with a
// "late" chip once it has passed while still owed; counted over a year whose holidays the calendar does not know yet,
// it says it is an estimate.
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { estimatedDeadlineYear, unknownYearBetween } from '../../../shared/calendar/coverage';
import { useFormat } from '../lib/format';
import { useApiQuery } from '../lib/queries';
import { useCenterZone } from './DateTimeField';

/**
 * A deadline as people say it: "within N working days" ends at midnight, which reads better as 24:00 of the last
 * working day than as 00:00 of the next one.
 */
export function useDeadlineFormat(): (ms: number) => string {
  const { t } = useTranslation('common');
  const format = useFormat();
  return (ms) => {
    const text = format.dateTime(ms);
    return /00:00$/.test(text) ? t('deadline.endOfDay', { date: format.date(ms - 1) }) : text;
  };
}

/**
 * Which year a date was counted over without knowing its holidays (shared/calendar/coverage.ts, one rule for every
 * screen): `deadline(dueAt)` for a computed deadline, `between(from, to)` for a count of working days. null when the
 * calendar knows them (or until it has said which years it knows).
 */
export function useCalendarEstimate(): { deadline: (dueAt: number) => number | null; between: (from: string, to: string) => number | null } {
  const known = useApiQuery('calendar.get', {}, { staleTime: 60_000 }).data?.knownYears;
  const zone = useCenterZone();
  const deadline = useCallback((dueAt: number) => (known && zone ? estimatedDeadlineYear(dueAt, zone, known) : null), [known, zone]);
  const between = useCallback((from: string, to: string) => (known ? unknownYearBetween(from, to, known) : null), [known]);
  return { deadline, between };
}

/**
 * Beside a date counted over a year whose holidays are not known yet: "estimated: the 2027 holidays are not known yet",
 * or in a table (`compact`) a short "estimated" with the whole sentence as its tooltip.
 */
export function EstimateMark({ year, compact = false }: { year: number | null; compact?: boolean }) {
  const { t } = useTranslation('common');
  if (year === null) return null;
  const sentence = t('deadline.estimated', { year });
  return (
    <Tooltip title={compact ? sentence : ''}>
      <Box
        component="span"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, color: 'warning.dark', fontSize: '0.8125rem', fontWeight: 400, whiteSpace: compact ? 'nowrap' : 'normal', verticalAlign: 'middle' }}
        data-testid="deadline-estimated"
        aria-label={compact ? sentence : undefined}
      >
        <WarningAmberOutlined sx={{ fontSize: '1rem' }} aria-hidden />
        {compact ? t('deadline.estimatedShort') : sentence}
      </Box>
    </Tooltip>
  );
}

/** A computed deadline as text, with the estimate mark when the calendar did not know its days. */
export function DeadlineText({ dueAt, compact = false }: { dueAt: number; compact?: boolean }) {
  const deadline = useDeadlineFormat();
  const estimate = useCalendarEstimate();
  const year = estimate.deadline(dueAt);
  if (year === null) return <>{deadline(dueAt)}</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, flexWrap: compact ? 'nowrap' : 'wrap' }}>
      <span>{deadline(dueAt)}</span>
      <EstimateMark year={year} compact={compact} />
    </Box>
  );
}

/** A deadline: the time, and "late" in red once it has passed while the answer is still owed. */
export function DueText({ dueAt, overdue, testId, compact = false }: { dueAt: number | null; overdue: boolean; testId?: string; compact?: boolean }) {
  const { t } = useTranslation('common');
  const deadline = useDeadlineFormat();
  const estimate = useCalendarEstimate();
  if (dueAt === null) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, color: overdue ? 'error.main' : undefined, fontWeight: overdue ? 600 : undefined }} data-testid={testId}>
      {deadline(dueAt)}
      {overdue && <Chip size="small" color="error" label={t('deadline.overdue')} data-testid="overdue-chip" />}
      <EstimateMark year={estimate.deadline(dueAt)} compact={compact} />
    </Box>
  );
}
