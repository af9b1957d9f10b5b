// The request's commitments (响应 respond, 到场 on site, 解决 solved): each with its due time, when it was met, and
// whether it was met in time, how late, or how long is left; and a late one's breach class (轻微违约 / 重大违约).
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { RequestPage, ServiceRequest } from '../../../../../shared/api/requests';
import { isOpen } from '../../../../../shared/requests/lifecycle';
import { useFormat } from '../../../lib/format';
import { Section } from '../../../components/Section';
import { deadlineLines, deadlineStanding, formatDuration, type DeadlineStanding } from '../../../lib/durations';
import { useNow } from '../useNow';
import { BreachChip } from '../../../components/BreachChip';
import { DeadlineText } from '../../../components/Deadline';

const COLOR: Record<DeadlineStanding['state'], 'success' | 'error' | 'info' | 'default'> = {
  met: 'success',
  late: 'error',
  open: 'info',
  overdue: 'error',
  void: 'default',
};

export function DeadlinesCard({ request, breaches }: { request: ServiceRequest; breaches: RequestPage['breaches'] }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const now = useNow(30_000);
  const owed = isOpen(request.state);
  return (
    <Section title={t('page.deadlines')} testId="request-deadlines">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('deadlines.commitment')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('deadlines.due')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('deadlines.recorded')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('deadlines.standing')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {deadlineLines(request).map((line) => {
            const standing = deadlineStanding(line.dueAt, line.recordedAt, now, owed);
            return (
              <TableRow key={line.kind} data-testid={`deadline-${line.kind}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`deadlines.kinds.${line.kind}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid={`deadline-${line.kind}-due`}>
                  <DeadlineText dueAt={line.dueAt} compact />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{line.recordedAt === null ? '—' : format.dateTime(line.recordedAt)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={COLOR[standing.state]}
                    variant={standing.state === 'open' || standing.state === 'void' ? 'outlined' : 'filled'}
                    label={standing.state === 'void' ? t('deadlines.standings.void') : t(`deadlines.standings.${standing.state}`, { duration: formatDuration(t, standing.by) })}
                    sx={{ height: 'auto', minHeight: 24, '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
                    data-testid={`deadline-${line.kind}-${standing.state}`}
                  />
                  {breaches[line.kind] !== null && (
                    <Box component="span" sx={{ ml: 0.75 }}>
                      <BreachChip breach={breaches[line.kind]} />
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Section>
  );
}
