// The inventory clerk's part of the home screen: the parts below their reorder point (最低库存), all ticked, so one
// click starts a purchase request with them (the request's page reads `?parts=`), and the store's last movements,
// each one click from its part.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { purchaseRequestPath } from './list';
import { signedQuantity } from './movements';
import { quantityText } from './PartPicker';

const REFRESH_MS = 60_000;
const NUMBER = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

function LowStock() {
  const { t, i18n } = useTranslation('parts');
  const navigate = useNavigate();
  const low = useApiQuery('parts.lowStock', {}, { refetchInterval: REFRESH_MS });
  // Unticked rather than ticked: every part below its reorder point goes in unless the clerk takes it out.
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const items = low.data?.items ?? [];
  const chosen = items.filter((part) => !unticked.has(part.id));
  const toggle = (id: number) => setUnticked((previous) => {
    const next = new Set(previous);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  return (
    <Box data-testid="store-low">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Typography variant="subtitle1" component="h3">
          {t('home.lowTitle')}
        </Typography>
        {low.data && <Chip size="small" label={items.length} color={items.length > 0 ? 'error' : 'default'} data-testid="store-low-count" />}
      </Stack>
      {low.isError ? (
        <QueryError error={low.error} onRetry={() => void low.refetch()} />
      ) : !low.data ? (
        <LoadingBlock />
      ) : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="store-low-empty">
          {t('home.lowEmpty')}
        </Typography>
      ) : (
        <>
          <Table size="small" sx={{ '& th, & td': { px: 1 } }}>
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    size="small"
                    checked={chosen.length === items.length}
                    indeterminate={chosen.length > 0 && chosen.length < items.length}
                    onChange={(event) => setUnticked(event.target.checked ? new Set() : new Set(items.map((part) => part.id)))}
                    slotProps={{ input: { 'aria-label': t('home.chooseAll') } }}
                  />
                </TableCell>
                <TableCell>{t('fields.code')}</TableCell>
                <TableCell>{t('fields.name')}</TableCell>
                <TableCell sx={NUMBER}>{t('home.onHandOfReorder')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((part) => (
                <TableRow key={part.id} hover data-testid={`store-low-row-${part.code}`}>
                  <TableCell padding="checkbox">
                    <Checkbox
                      size="small"
                      checked={!unticked.has(part.id)}
                      onChange={() => toggle(part.id)}
                      slotProps={{ input: { 'aria-label': t('home.choose', { part: `${part.code} ${part.name}` }) } }}
                    />
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                    <Link component={RouterLink} to={`/parts/${part.id}`} underline="hover">
                      {part.code}
                    </Link>
                  </TableCell>
                  <TableCell>{part.name}</TableCell>
                  <TableCell sx={NUMBER}>
                    <Box component="span" sx={{ color: 'error.main', fontWeight: 500 }}>
                      {quantityText(part.onHand, part.unit, i18n.language)}
                    </Box>
                    {' / '}
                    {quantityText(part.reorderPoint, part.unit, i18n.language)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button
            variant="contained"
            size="small"
            sx={{ mt: 1.5 }}
            disabled={chosen.length === 0}
            onClick={() => void navigate(purchaseRequestPath(chosen.map((part) => part.id)))}
            data-testid="store-start-purchase"
          >
            {t('home.startPurchase', { count: chosen.length })}
          </Button>
        </>
      )}
    </Box>
  );
}

function LastMovements() {
  const { t, i18n } = useTranslation('parts');
  const format = useFormat();
  const history = useApiQuery('stock.history', { limit: 10 }, { refetchInterval: REFRESH_MS });
  const items = history.data?.items ?? [];
  return (
    <Box data-testid="store-movements">
      <Typography variant="subtitle1" component="h3" sx={{ mb: 0.5 }}>
        {t('home.movementsTitle')}
      </Typography>
      {history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <LoadingBlock />
      ) : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('home.movementsEmpty')}
        </Typography>
      ) : (
        <Table size="small" sx={{ '& th, & td': { px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('movements.columns.at')}</TableCell>
              <TableCell>{t('movements.columns.kind')}</TableCell>
              <TableCell>{t('home.part')}</TableCell>
              <TableCell sx={NUMBER}>{t('movements.columns.quantity')}</TableCell>
              <TableCell>{t('movements.columns.by')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((movement) => (
              <TableRow key={movement.id} hover data-testid={`store-movement-${movement.id}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(movement.at)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {t(`movements.kinds.${movement.kind}`)}
                  {movement.reversesId !== null && ` · ${t('movements.reverses', { id: movement.reversesId })}`}
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/parts/${movement.partId}`} underline="hover">
                    <Box component="span" sx={{ fontFamily: 'monospace' }}>
                      {movement.partCode}
                    </Box>{' '}
                    {movement.partName}
                  </Link>
                </TableCell>
                <TableCell sx={NUMBER}>{`${signedQuantity(movement.quantity, i18n.language)} ${movement.unit}`}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{movement.byName ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

export function StoreHome() {
  const { t } = useTranslation('parts');
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="store-home">
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 1.5 }}>
        <Typography variant="h2" component="h2">
          {t('home.title')}
        </Typography>
        <Link component={RouterLink} to="/parts" variant="body2" underline="hover" data-testid="store-open">
          {t('home.openStore')}
        </Link>
      </Stack>
      <Stack spacing={2.5}>
        <LowStock />
        <LastMovements />
      </Stack>
    </Paper>
  );
}
