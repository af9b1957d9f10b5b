// The rows of the deadline board: each request with what is due, when, and how late (clock and working time) with
// its breach class; and the counts by priority and by owner.
import Link from '@mui/material/Link';
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
import { Link as RouterLink } from 'react-router-dom';
import type { BoardCount, BoardRow } from '../../../../shared/api/requests';
import { useFormat } from '../../lib/format';
import { BreachChip, PriorityChip, StateChip } from './chips';
import { formatDuration } from './durations';

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

export function BoardRows({ rows, late, now, testId }: { rows: BoardRow[]; late: boolean; now: number; testId: string }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  return (
    <BoardTable
      testId={testId}
      empty={rows.length === 0}
      head={
        <>
          <TableCell>{t('fields.number')}</TableCell>
          <TableCell>{t('fields.priority')}</TableCell>
          <TableCell>{t('fields.state')}</TableCell>
          <TableCell sx={{ width: '100%' }}>{t('fields.subject')}</TableCell>
          <TableCell>{t('fields.owner')}</TableCell>
          <TableCell>{t('board.due')}</TableCell>
          <TableCell>{late ? t('board.lateBy') : t('board.dueIn')}</TableCell>
          {late && <TableCell>{t('board.breach')}</TableCell>}
        </>
      }
    >
      {rows.map((row) => (
        <TableRow key={row.id} hover data-testid={`board-row-${row.number}`}>
          <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
            <Link component={RouterLink} to={`/requests/${row.id}`} underline="hover">
              {row.number}
            </Link>
          </TableCell>
          <TableCell>
            <PriorityChip priority={row.priority} />
          </TableCell>
          <TableCell>
            <StateChip state={row.state} />
          </TableCell>
          <TableCell sx={{ maxWidth: 0, width: '100%' }}>
            <Typography variant="body2" noWrap title={row.subject}>
              {row.subject}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div">
              {row.customerName ?? row.callerPhone}
            </Typography>
          </TableCell>
          <TableCell>
            <Typography variant="body2" noWrap>
              {row.ownerName ?? '—'}
            </Typography>
          </TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>
            {t(`deadlines.kinds.${row.nextDue.kind}`)} · {format.dateTime(row.nextDue.at)}
          </TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="board-late-by">
            <TimeLeft late={late} lateBy={row.lateBy} lateByWorking={row.lateByWorking} dueAt={row.nextDue.at} now={now} />
          </TableCell>
          {late && (
            <TableCell>
              <BreachChip breach={row.breach} />
            </TableCell>
          )}
        </TableRow>
      ))}
    </BoardTable>
  );
}

export function CountTable({ rows, label, testId }: { rows: Array<{ key: string; label: string } & BoardCount>; label: string; testId: string }) {
  const { t } = useTranslation('requests');
  return (
    <TableContainer component={Paper} variant="outlined" data-testid={testId}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{label}</TableCell>
            <TableCell align="right">{t('board.counts.late')}</TableCell>
            <TableCell align="right">{t('board.counts.dueWithinHour')}</TableCell>
            <TableCell align="right">{t('board.counts.dueToday')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} data-testid={`${testId}-${row.key}`}>
              <TableCell>{row.label}</TableCell>
              <TableCell align="right" sx={{ color: row.late > 0 ? 'error.main' : undefined, fontWeight: row.late > 0 ? 600 : undefined }}>
                {row.late}
              </TableCell>
              <TableCell align="right">{row.dueWithinHour}</TableCell>
              <TableCell align="right">{row.dueToday}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
