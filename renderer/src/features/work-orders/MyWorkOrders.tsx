// A technician's own work orders (我的派工单): the open ones of earlier days (late), today's, the upcoming ones, and the
// last finished; as a page (/work-orders/mine) and on the technician's home page.
import ArrowForwardOutlined from '@mui/icons-material/ArrowForwardOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { MyWorkOrders as Mine } from '../../../../shared/api/workOrders';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useApiQuery } from '../../lib/queries';
import { WorkOrderTable, type WorkOrderTableVariant } from './WorkOrderTable';

const GROUPS = ['earlier', 'today', 'upcoming', 'finished'] as const satisfies ReadonlyArray<keyof Mine>;
type Group = (typeof GROUPS)[number];

function Groups({ mine, groups, variant }: { mine: Mine; groups: readonly Group[]; variant: WorkOrderTableVariant }) {
  const { t } = useTranslation('workOrders');
  return (
    <Stack spacing={2.5}>
      {groups.map((group) => (
        <Box key={group} data-testid={`my-work-orders-${group}`}>
          <Typography variant="h2" component="h2" sx={{ fontSize: '1.05rem', mb: 0.5, color: group === 'earlier' && mine.earlier.length > 0 ? 'error.main' : undefined }}>
            {t(`mine.${group}`)}
            <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: '0.9rem' }}>
              {mine[group].length}
            </Typography>
          </Typography>
          <WorkOrderTable rows={mine[group]} testId={`my-work-orders-${group}-table`} empty={t(`mine.empty.${group}`)} variant={variant} />
        </Box>
      ))}
    </Stack>
  );
}

export function MyWorkOrdersPage() {
  const { t } = useTranslation('workOrders');
  const mine = useApiQuery('workOrders.mine', {}, { refetchInterval: 60_000 });
  return (
    <Stack spacing={2} data-testid="my-work-orders">
      <PageHeader title={t('mine.title')} subtitle={t('mine.subtitle')} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        {mine.isPending && <LoadingBlock />}
        {mine.isError && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
        {mine.data && <Groups mine={mine.data} groups={GROUPS} variant="mine" />}
      </Paper>
    </Stack>
  );
}

/** On a technician's home page: what is late, today's and what comes next; the finished ones are on the page. */
export function MyWorkOrdersHome() {
  const { t } = useTranslation('workOrders');
  const mine = useApiQuery('workOrders.mine', {}, { refetchInterval: 60_000 });
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="home-my-work-orders">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h2" component="h2" sx={{ flex: 1 }}>
          {t('mine.title')}
        </Typography>
        <Button component={RouterLink} to="/work-orders/mine" endIcon={<ArrowForwardOutlined />} size="small">
          {t('mine.all')}
        </Button>
      </Stack>
      {mine.isPending && <LoadingBlock />}
      {mine.isError && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.data && <Groups mine={mine.data} groups={mine.data.earlier.length > 0 ? ['earlier', 'today', 'upcoming'] : ['today', 'upcoming']} variant="compact" />}
    </Paper>
  );
}
