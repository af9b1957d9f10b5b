// On the home page: purchase requests waiting on someone. An inventory clerk sees those waiting on approval and those
// waiting on delivery; a department manager those waiting for their approval. Nobody else sees this section.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { PurchaseSummary } from '../../../../shared/api/purchases';
import { useCurrentUser } from '../../app/session';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { PurchaseStateChip, useAmounts } from './parts';

/** Rows shown in a section before "all purchase requests". */
const SHOWN = 8;

function Rows({ title, rows, testId }: { title: string; rows: PurchaseSummary[]; testId: string }) {
  const { t } = useTranslation('purchases');
  const format = useFormat();
  const amounts = useAmounts();
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        {title}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {rows.length}
        </Typography>
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, py: 0.5 }}>
          {t('waiting.none')}
        </Typography>
      ) : (
        <List dense disablePadding sx={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr) auto auto', columnGap: 2 }}>
          {rows.slice(0, SHOWN).map((row) => (
            <ListItemButton
              key={row.id}
              component={RouterLink}
              to={`/purchases/${row.id}`}
              data-testid={`waiting-purchase-${row.number}`}
              sx={{ display: 'grid', gridColumn: '1 / -1', gridTemplateColumns: 'subgrid', py: 0.75, px: 1.5, borderRadius: 1, alignItems: 'baseline' }}
            >
              <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'primary.main' }}>
                {row.number}
              </Typography>
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" noWrap title={row.partsText}>
                  {row.partsText}
                </Typography>
                <Typography variant="caption" component="div" color="text.secondary" noWrap>
                  {t('waiting.lines', { count: row.lineCount, total: amounts.yuan(row.estimatedTotalFen) })} · {row.requestedByName} · {format.date(row.submittedAt ?? row.requestedAt)}
                </Typography>
              </Box>
              <PurchaseStateChip state={row.state} testId={`waiting-purchase-${row.number}-state`} />
              <span />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}

export function PurchasesWaiting() {
  const { t } = useTranslation('purchases');
  const me = useCurrentUser();
  const clerk = me.roles.includes('inventory_clerk');
  const manager = me.roles.includes('dept_manager');
  const waiting = useApiQuery('purchases.waiting', {}, { enabled: clerk || manager, refetchInterval: 60_000 });
  if (!clerk && !manager) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="purchases-waiting">
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 1.5 }}>
        <Typography variant="h2" component="h2">
          {t('waiting.title')}
        </Typography>
        <Link component={RouterLink} to="/purchases" variant="body2" underline="hover">
          {t('waiting.all')}
        </Link>
      </Stack>
      {waiting.isError && <QueryError error={waiting.error} onRetry={() => void waiting.refetch()} />}
      {waiting.data && (
        <Stack spacing={2}>
          {manager && <Rows title={t('waiting.forMe')} rows={waiting.data.approval} testId="purchases-waiting-mine" />}
          {clerk && !manager && <Rows title={t('waiting.approval')} rows={waiting.data.approval} testId="purchases-waiting-approval" />}
          {clerk && <Rows title={t('waiting.delivery')} rows={waiting.data.delivery} testId="purchases-waiting-delivery" />}
        </Stack>
      )}
    </Paper>
  );
}
