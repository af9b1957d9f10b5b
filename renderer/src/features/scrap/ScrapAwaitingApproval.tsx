// On a department manager's home page: the scrap records waiting for their approval (待审批), each one click from
// its record.
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useCurrentUser } from '../../app/session';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';

export function ScrapAwaitingApproval() {
  const { t } = useTranslation('scrap');
  const me = useCurrentUser();
  const format = useFormat();
  const manager = me.roles.includes('dept_manager');
  const waiting = useApiQuery('scrap.list', { state: 'awaiting_approval', limit: 20 }, { enabled: manager, refetchInterval: 60_000 });
  if (!manager) return null;
  const items = waiting.data?.items ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="scrap-waiting">
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h2" component="h2">
          {t('home.title')}
          {waiting.data && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {items.length}
            </Typography>
          )}
        </Typography>
        <Link component={RouterLink} to="/scrap" variant="body2" underline="hover">
          {t('home.all')}
        </Link>
      </Stack>
      {waiting.isError && <QueryError error={waiting.error} onRetry={() => void waiting.refetch()} />}
      {waiting.data && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('home.empty')}
        </Typography>
      )}
      {items.length > 0 && (
        <List dense disablePadding>
          {items.map((row) => (
            <ListItemButton key={row.id} component={RouterLink} to={`/scrap/${row.id}`} data-testid={`scrap-waiting-${row.number}`} sx={{ gap: 2, borderRadius: 1, alignItems: 'baseline' }}>
              <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'primary.main' }}>
                {row.number}
              </Typography>
              <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }} title={row.itemLabel}>
                {row.itemLabel}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {t(`reasons.${row.reason}`)} · {format.date(row.createdAt)}
              </Typography>
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
