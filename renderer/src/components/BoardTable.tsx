// The deadline board's tables (requests, complaints): one line a row, or a line saying there is nothing in it; and
// how late a row is.
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../lib/durations';

/** A table of the board (one line a row), or a line saying there is nothing in it. */
export function BoardTable({ testId, empty, head, children }: { testId: string; empty: boolean; head: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('requests');
  if (empty) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid={`${testId}-empty`}>
        {t('board.none')}
      </Typography>
    );
  }
  return (
    <TableContainer component={Paper} variant="outlined" data-testid={testId}>
      <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>{head}</TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
}

/** How late a row is, by the clock and in working time beneath; or, before it is due, how long is left. */
export function TimeLeft({ late, lateBy, lateByWorking, dueAt, now }: { late: boolean; lateBy: number; lateByWorking: number; dueAt: number; now: number }) {
  const { t } = useTranslation('requests');
  return late ? (
    <>
      <Typography variant="body2" color="error">
        {formatDuration(t, lateBy)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {t('board.workingTime', { duration: formatDuration(t, lateByWorking) })}
      </Typography>
    </>
  ) : (
    formatDuration(t, Math.max(0, dueAt - now))
  );
}
