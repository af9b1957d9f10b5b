// Requests as rows: number (a link), received, kind and priority, state, subject with the customer or caller, owner, what is due next.
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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import type { RequestSummary } from '../../../../../shared/api/requests';
import { useFormat } from '../../../lib/format';
import { KindChip, PriorityChip, StateChip } from '../chips';
import { useNow } from '../useNow';
import { DeadlineText } from '../../../components/Deadline';
import { OWNER_MAX } from '../../../components/BoardTable';

/** The room the subject keeps while the short columns keep theirs. */
const SUBJECT_MIN = 200;

export function RequestTable({ rows, empty, testId, footer }: { rows: RequestSummary[]; empty: string | null; testId: string; footer?: ReactNode }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const navigate = useNavigate();
  const now = useNow(60_000);
  const callerLine = (row: RequestSummary) => (row.customerName ? `${row.customerName}${t('call.listSeparator')}${row.callerPhone}` : row.callerPhone);
  return (
    <TableContainer component={Paper} variant="outlined" data-testid={testId}>
      {/* Short values on one line in tighter cells (eight columns beside the menu on a 1366-pixel screen); the subject
          keeps SUBJECT_MIN and gives way first, cut with its whole text on hover. */}
      <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap', px: 1.25 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('fields.number')}</TableCell>
            <TableCell>{t('fields.receivedAt')}</TableCell>
            <TableCell>{t('list.kindAndPriority')}</TableCell>
            <TableCell>{t('fields.state')}</TableCell>
            <TableCell sx={{ width: '100%', minWidth: SUBJECT_MIN }}>{t('list.subjectAndCustomer')}</TableCell>
            <TableCell>{t('fields.owner')}</TableCell>
            <TableCell>{t('list.nextDue')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} hover onDoubleClick={() => void navigate(`/requests/${row.id}`)} data-testid={`request-row-${row.number}`}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                <Link component={RouterLink} to={`/requests/${row.id}`} underline="hover" data-testid={`request-link-${row.number}`}>
                  {row.number}
                </Link>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(row.receivedAt)}</TableCell>
              <TableCell>
                <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                  <KindChip kind={row.kind} />
                  <PriorityChip priority={row.priority} />
                </Stack>
              </TableCell>
              <TableCell>
                <StateChip state={row.state} />
              </TableCell>
              <TableCell sx={{ maxWidth: 0, width: '100%', minWidth: SUBJECT_MIN }} data-testid="request-subject">
                <Typography variant="body2" noWrap title={row.subject}>
                  {row.subject}
                </Typography>
                <Typography variant="caption" color="text.secondary" noWrap component="div" title={callerLine(row)}>
                  {callerLine(row)}
                </Typography>
              </TableCell>
              <TableCell sx={{ maxWidth: OWNER_MAX }}>
                <Typography variant="body2" noWrap title={row.ownerName ?? undefined}>
                  {row.ownerName ?? '—'}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {row.nextDue ? (
                  <>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {t(`deadlines.kinds.${row.nextDue.kind}`)}
                    </Typography>
                    <Typography variant="body2" color={row.nextDue.at < now ? 'error' : 'text.primary'}>
                      <DeadlineText dueAt={row.nextDue.at} compact />
                    </Typography>
                  </>
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          ))}
          {empty !== null && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={7}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                  {empty}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {footer}
    </TableContainer>
  );
}
