// On the inventory clerk's home page: the spares out on loan (在外备品), the oldest first, each with its age in days and
// where the faulty unit is, one click from its notice.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { useApiQuery } from '../../lib/queries';
import { WhereChip } from './parts';

/** Rows shown before "all notices". */
const SHOWN = 8;

export function SparesOnLoan() {
  const { t } = useTranslation('replacements');
  const open = useApiQuery('replacements.list', { openOnly: true, limit: SHOWN }, { refetchInterval: 60_000 });
  const items = open.data?.items ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="spares-on-loan">
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h2" component="h2">
          {t('home.title')}
          {open.data && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {items.length}
              {open.data.nextCursor !== null && '+'}
            </Typography>
          )}
        </Typography>
        <Link component={RouterLink} to="/replacements" variant="body2" underline="hover">
          {t('home.all')}
        </Link>
      </Stack>
      {open.isError && <QueryError error={open.error} onRetry={() => void open.refetch()} />}
      {open.data && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('home.empty')}
        </Typography>
      )}
      {items.length > 0 && (
        <List dense disablePadding sx={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr) auto auto', columnGap: 2 }}>
          {items.map((row) => (
            <ListItemButton
              key={row.id}
              component={RouterLink}
              to={`/replacements/${row.id}`}
              data-testid={`spare-on-loan-${row.number}`}
              sx={{ display: 'grid', gridColumn: '1 / -1', gridTemplateColumns: 'subgrid', py: 0.75, px: 1.5, borderRadius: 1, alignItems: 'baseline' }}
            >
              <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'primary.main' }}>
                {row.number}
              </Typography>
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" noWrap title={`${row.spareCode} ${row.spareName}`}>
                  {row.spareCode} {row.spareName}
                  {row.spareSerial && ` · ${row.spareSerial}`}
                </Typography>
                <Typography variant="caption" component="div" color="text.secondary" noWrap>
                  {[row.customerName, row.equipmentLabel].filter(Boolean).join(' · ')}
                </Typography>
              </Box>
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: 500 }} data-testid={`spare-on-loan-${row.number}-age`}>
                {t('home.age', { count: row.ageDays })}
              </Typography>
              {row.where !== null ? <WhereChip where={row.where} /> : <span />}
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
