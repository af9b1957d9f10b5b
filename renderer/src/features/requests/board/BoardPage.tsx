// 时限看板 (/board), for seat managers and supervisors: how many requests are late, due within the hour and due today;
// the late ones with how late (clock and working time) and breach class; by priority and by owner; complex requests
// owed today's progress message; complaint forms late or due today. Information managers, who route complaint forms
// but take no requests, see the complaint forms only. Refreshes itself every 30 seconds.
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { api, mayCall } from '../../../../../shared/api';
import type { BoardCount } from '../../../../../shared/api/requests';
import { useCurrentUser } from '../../../app/session';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/format';
import { useApiQuery } from '../../../lib/queries';
import { BoardComplaints } from '../../complaints';
import { Section } from '../../../components/Section';
import { BoardRows, CountTable } from './BoardTables';

export const BOARD_REFRESH_MS = 30_000;

function CountCard({ kind, value }: { kind: keyof BoardCount; value: number }) {
  const { t } = useTranslation('requests');
  const alarming = kind === 'late' && value > 0;
  return (
    <Paper variant="outlined" sx={{ p: 2, borderColor: alarming ? 'error.main' : undefined, bgcolor: alarming ? 'rgba(211, 47, 47, 0.05)' : undefined }} data-testid={`board-count-${kind}`}>
      <Typography variant="body2" color="text.secondary">
        {t(`board.counts.${kind}`)}
      </Typography>
      <Typography variant="h1" component="div" color={alarming ? 'error' : 'text.primary'} sx={{ fontSize: '2rem', fontVariantNumeric: 'tabular-nums' }} data-testid="board-count-value">
        {value}
      </Typography>
    </Paper>
  );
}

/** The board's title, when it was last refreshed (else what it shows), and the refresh button. */
function BoardHeader({ query, subtitle }: { query: UseQueryResult<{ at: number }>; subtitle: string }) {
  const { t } = useTranslation(['requests', 'nav', 'common']);
  const format = useFormat();
  return (
    <PageHeader
      title={t('nav:board')}
      subtitle={query.data ? t('board.refreshedAt', { time: format.dateTimeSeconds(query.data.at), seconds: BOARD_REFRESH_MS / 1000 }) : subtitle}
      actions={
        <Button variant="outlined" startIcon={<RefreshOutlined />} onClick={() => void query.refetch()} data-testid="board-refresh">
          {t('common:actions.refresh')}
        </Button>
      }
    />
  );
}

export function BoardPage() {
  const me = useCurrentUser();
  return mayCall(api['requests.board'].access, me.roles) ? <RequestsBoard /> : <ComplaintsBoard />;
}

/** The board of someone who may watch complaint forms but not requests. */
function ComplaintsBoard() {
  const { t } = useTranslation('requests');
  // The same query as BoardComplaints' (one fetch): its time for the subtitle, and the refresh button.
  const due = useApiQuery('complaints.due', { limit: 200 }, { refetchInterval: BOARD_REFRESH_MS, refetchIntervalInBackground: true });
  return (
    <Box data-testid="board-page">
      <BoardHeader query={due} subtitle={t('board.complaintsSubtitle')} />
      {due.isPending && <LoadingBlock />}
      <BoardComplaints refetchInterval={BOARD_REFRESH_MS} />
    </Box>
  );
}

function RequestsBoard() {
  const { t } = useTranslation(['requests', 'nav', 'common']);
  const me = useCurrentUser();
  const board = useApiQuery('requests.board', { limit: 200 }, { refetchInterval: BOARD_REFRESH_MS, refetchIntervalInBackground: true });
  const data = board.data;

  return (
    <Box data-testid="board-page">
      <BoardHeader query={board} subtitle={t('board.subtitle')} />
      {board.isError && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
      {board.isPending && <LoadingBlock />}
      {data && (
        <Stack spacing={2.5}>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' }}>
            <CountCard kind="late" value={data.counts.late} />
            <CountCard kind="dueWithinHour" value={data.counts.dueWithinHour} />
            <CountCard kind="dueToday" value={data.counts.dueToday} />
          </Box>
          <Section title={t('board.late')} count={data.counts.late} testId="board-late">
            <BoardRows rows={data.late} late now={data.at} testId="board-late-rows" />
          </Section>
          <Section title={t('board.dueWithinHour')} count={data.counts.dueWithinHour} testId="board-within-hour">
            <BoardRows rows={data.dueWithinHour} late={false} now={data.at} testId="board-within-hour-rows" />
          </Section>
          <Section title={t('board.dueToday')} count={data.counts.dueToday} testId="board-today">
            <BoardRows rows={data.dueToday} late={false} now={data.at} testId="board-today-rows" />
          </Section>
          {mayCall(api['complaints.due'].access, me.roles) && <BoardComplaints refetchInterval={BOARD_REFRESH_MS} />}
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
            <Section title={t('board.byPriority')} testId="board-by-priority">
              <CountTable
                label={t('fields.priority')}
                testId="board-priority"
                rows={data.byPriority.map((row) => ({ ...row, key: row.priority, label: t(`priorities.${row.priority}`) }))}
              />
            </Section>
            <Section title={t('board.byOwner')} testId="board-by-owner">
              <CountTable
                label={t('fields.owner')}
                testId="board-owner"
                rows={data.byOwner.map((row) => ({ ...row, key: String(row.ownerId ?? 'none'), label: row.ownerName ?? t('board.noOwner') }))}
              />
            </Section>
          </Box>
          <Section title={t('board.progressOwed')} count={data.progressOwed.length} testId="board-progress-owed">
            {data.progressOwed.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('board.none')}
              </Typography>
            ) : (
              <Stack spacing={0.75}>
                {data.progressOwed.map((row) => (
                  <Typography key={row.id} variant="body2" data-testid={`board-owed-${row.number}`}>
                    <Link component={RouterLink} to={`/requests/${row.id}`} underline="hover" sx={{ fontFamily: 'monospace', mr: 1 }}>
                      {row.number}
                    </Link>
                    {row.subject}
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                      {[row.customerName, row.ownerName].filter(Boolean).join(t('call.listSeparator'))}
                    </Typography>
                  </Typography>
                ))}
              </Stack>
            )}
          </Section>
        </Stack>
      )}
    </Box>
  );
}
