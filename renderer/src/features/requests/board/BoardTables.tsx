// The rows of the deadline board: each request with what is due, when, and how late (clock and working time) with
// its breach class; and the counts by priority and by owner.
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { BoardCount, BoardRow } from '../../../../../shared/api/requests';
import { PriorityChip, StateChip } from '../chips';
import { BOARD_SUBJECT_MIN, BoardTable, OWNER_MAX, LatenessCells, LatenessHead } from '../../../components/BoardTable';
import { DeadlineText } from '../../../components/Deadline';

export function BoardRows({ rows, late, now, testId }: { rows: BoardRow[]; late: boolean; now: number; testId: string }) {
  const { t } = useTranslation('requests');
  return (
    <BoardTable
      testId={testId}
      empty={rows.length === 0}
      head={
        <>
          <TableCell>{t('fields.number')}</TableCell>
          <TableCell>{t('board.priorityAndState')}</TableCell>
          <TableCell sx={{ width: '100%', minWidth: BOARD_SUBJECT_MIN }}>{t('fields.subject')}</TableCell>
          <TableCell>{t('fields.owner')}</TableCell>
          <TableCell>{t('board.due')}</TableCell>
          <LatenessHead late={late} />
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
            <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
              <PriorityChip priority={row.priority} />
              <StateChip state={row.state} />
            </Stack>
          </TableCell>
          <TableCell sx={{ maxWidth: 0, width: '100%', minWidth: BOARD_SUBJECT_MIN }} data-testid="board-subject">
            <Typography variant="body2" noWrap title={row.subject}>
              {row.subject}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div" title={row.customerName ?? row.callerPhone}>
              {row.customerName ?? row.callerPhone}
            </Typography>
          </TableCell>
          <TableCell sx={{ maxWidth: OWNER_MAX }}>
            <Typography variant="body2" noWrap title={row.ownerName ?? undefined}>
              {row.ownerName ?? '—'}
            </Typography>
          </TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>
            <Typography variant="caption" color="text.secondary" component="div">
              {t(`deadlines.kinds.${row.nextDue.kind}`)}
            </Typography>
            <Typography variant="body2" component="div">
              <DeadlineText dueAt={row.nextDue.at} compact />
            </Typography>
          </TableCell>
          <LatenessCells late={late} lateBy={row.lateBy} lateByWorking={row.lateByWorking} dueAt={row.nextDue.at} now={now} breach={row.breach} />
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
