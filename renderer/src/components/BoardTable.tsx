// The deadline board's tables (requests, complaints): one line a row, or a line saying there is nothing in it; and
// the columns that say how late a row is.
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachClass } from '../../../shared/api/requests';
import { formatDuration } from '../lib/durations';
import { BreachChip } from './BreachChip';

/** The room a board's text column (the subject, the customer) keeps while the short columns keep theirs. */
export const BOARD_SUBJECT_MIN = 200;

/** The most a person's name takes in a row (`欧阳明轩 (Ouyang Mingxuan)`): a longer one is cut, whole on hover. */
export const OWNER_MAX = 140;

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
      {/* Short values on one line, in tighter cells than MUI's small size, so the board fits a 1366-pixel screen beside
          the menu; the subject column keeps BOARD_SUBJECT_MIN and is the one that gives way (cut, whole on hover). */}
      <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap', px: 1.25 } }}>
        <TableHead>
          <TableRow>{head}</TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
}

/** The board's last columns' heads: how late (or how long is left) and, on the late table, the breach. */
export function LatenessHead({ late }: { late: boolean }) {
  const { t } = useTranslation('requests');
  return (
    <>
      <TableCell>{late ? t('board.lateBy') : t('board.dueIn')}</TableCell>
      {late && <TableCell>{t('board.breach')}</TableCell>}
    </>
  );
}

/**
 * A row's last columns: how late it is, by the clock and in working time beneath (or, before it is due, how long is
 * left), and on the late table its breach class.
 */
export function LatenessCells({
  late,
  lateBy,
  lateByWorking,
  dueAt,
  now,
  breach,
}: {
  late: boolean;
  lateBy: number;
  lateByWorking: number;
  dueAt: number;
  now: number;
  breach: BreachClass | null;
}) {
  const { t } = useTranslation('requests');
  return (
    <>
      <TableCell data-testid="board-late-by">
        {late ? (
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
        )}
      </TableCell>
      {late && (
        <TableCell data-testid="board-breach">
          <BreachChip breach={breach} />
        </TableCell>
      )}
    </>
  );
}
