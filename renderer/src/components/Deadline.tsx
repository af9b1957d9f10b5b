// A deadline as people read it: "within N working days" ends at 24:00 of the last working day, and turns red with a
// "late" chip once it has passed while still owed.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';

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

/** A deadline: the time, and "late" in red once it has passed while the answer is still owed. */
export function DueText({ dueAt, overdue, testId }: { dueAt: number | null; overdue: boolean; testId?: string }) {
  const { t } = useTranslation('common');
  const deadline = useDeadlineFormat();
  if (dueAt === null) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, color: overdue ? 'error.main' : undefined, fontWeight: overdue ? 600 : undefined }} data-testid={testId}>
      {deadline(dueAt)}
      {overdue && <Chip size="small" color="error" label={t('deadline.overdue')} data-testid="overdue-chip" />}
    </Box>
  );
}
