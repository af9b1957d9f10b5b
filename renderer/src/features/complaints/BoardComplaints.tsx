// The complaint forms on the deadline board: those whose routed work is late and those due today, each with the unit
// that holds it (part 2 out with the transfer unit, or the reply owed inside the center), how late, and the breach.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ComplaintDue } from '../../../../shared/api/complaints';
import { QueryError } from '../../components/QueryError';
import { useApiQuery } from '../../lib/queries';
import { Section } from '../../components/Section';
import { ComplaintStateChip, unitName } from './parts';
import { DeadlineText } from '../../components/Deadline';
import { BOARD_SUBJECT_MIN, BoardTable, LatenessCells, LatenessHead } from '../../components/BoardTable';

function DueRows({ rows, late, now, testId }: { rows: ComplaintDue[]; late: boolean; now: number; testId: string }) {
  const { t, i18n } = useTranslation(['complaints', 'requests']);
  return (
    <BoardTable
      testId={testId}
      empty={rows.length === 0}
      head={
        <>
          <TableCell>{t('fields.number')}</TableCell>
          <TableCell>{t('fields.state')}</TableCell>
          <TableCell sx={{ width: '100%', minWidth: BOARD_SUBJECT_MIN }}>{t('fields.customer')}</TableCell>
          <TableCell>{t('board.heldBy')}</TableCell>
          <TableCell>{t('fields.dueAt')}</TableCell>
          <LatenessHead late={late} />
        </>
      }
    >
      {rows.map((row) => (
        <TableRow key={row.id} hover data-testid={`board-complaint-${row.number}`}>
          <TableCell sx={{ fontFamily: 'monospace' }}>
            <Link component={RouterLink} to={`/complaints/${row.id}`} underline="hover">
              {row.number}
            </Link>
          </TableCell>
          <TableCell>
            <ComplaintStateChip state={row.state} />
          </TableCell>
          <TableCell sx={{ maxWidth: 0, width: '100%', minWidth: BOARD_SUBJECT_MIN }}>
            <Typography variant="body2" noWrap title={row.customerName}>
              {row.customerName}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div" title={row.content}>
              {row.complainant} · {row.content}
            </Typography>
          </TableCell>
          <TableCell data-testid="board-complaint-unit">
            <Typography variant="body2">{unitName(row.unit, i18n.language) || t('steps.route.theCenter')}</Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {row.part2Out ? t('board.part2Out') : t(`board.owed.${row.state}`, { defaultValue: t(`routes.${row.route ?? 'internal'}`) })}
            </Typography>
          </TableCell>
          <TableCell>{row.dueAt !== null ? <DeadlineText dueAt={row.dueAt} compact /> : ''}</TableCell>
          <LatenessCells late={late} lateBy={row.lateBy} lateByWorking={row.lateByWorking} dueAt={row.dueAt ?? now} now={now} breach={row.breach === 'none' ? null : row.breach} />
        </TableRow>
      ))}
    </BoardTable>
  );
}

export function BoardComplaints({ refetchInterval }: { refetchInterval: number }) {
  const { t } = useTranslation('complaints');
  const due = useApiQuery('complaints.due', { limit: 200 }, { refetchInterval, refetchIntervalInBackground: true });
  const count = due.data ? due.data.late.length + due.data.dueToday.length : undefined;
  return (
    <Section title={t('board.title')} count={count} testId="board-complaints">
      {due.isError && <QueryError error={due.error} onRetry={() => void due.refetch()} />}
      {due.data && (
        <Stack spacing={1.5}>
          <Typography variant="subtitle2" color={due.data.late.length > 0 ? 'error' : 'text.secondary'}>
            {t('board.late', { count: due.data.late.length })}
          </Typography>
          <DueRows rows={due.data.late} late now={due.data.at} testId="board-complaints-late" />
          <Typography variant="subtitle2" color="text.secondary">
            {t('board.dueToday', { count: due.data.dueToday.length })}
          </Typography>
          <DueRows rows={due.data.dueToday} late={false} now={due.data.at} testId="board-complaints-today" />
        </Stack>
      )}
    </Section>
  );
}
