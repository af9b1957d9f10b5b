// A part's ledger (出入库台账), newest first: when, what kind, the signed quantity and value, the balance after, who,
// why, and the record that caused it. A reversed movement is marked and names its reversal; a reversal names what it
// reverses. The part's page brings the last 100; "load more" reads on through `stock.history`. Clerks reverse a
// movement from its row.
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { PartPage } from '../../../../shared/api/parts';
import type { StockMovement } from '../../../../shared/api/stock';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { joinMovements, mayReverse, reversalOf, signedQuantity, signedYuan, sourcePath } from './movements';
import { quantityText } from './PartPicker';

const PAGE = 100;
/** Read by screen readers, not shown: the heading of the column of reverse buttons. */
// In px: the sx shorthand reads 1 as 100 %, which stretched the hidden text across the page.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const NUMBER = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

function SourceCell({ movement }: { movement: StockMovement }) {
  const { t } = useTranslation('parts');
  const { source } = movement;
  if (!source) return <>{t('movements.byHand')}</>;
  const text = t('movements.source', { kind: t(`movements.sources.${source.kind}`), number: source.number });
  const path = sourcePath(source);
  return path ? (
    <Link component={RouterLink} to={path} underline="hover">
      {text}
    </Link>
  ) : (
    <>{text}</>
  );
}

function ReversalNote({ movement }: { movement: StockMovement }) {
  const { t } = useTranslation('parts');
  const state = reversalOf(movement);
  if (state.kind === 'plain') return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={state.kind === 'reversed' ? 'warning' : 'default'}
      label={state.kind === 'reversed' ? t('movements.reversedBy', { id: state.byId }) : t('movements.reverses', { id: state.ofId })}
      sx={{ ml: 0.75 }}
      data-testid={`movement-${state.kind}`}
    />
  );
}

export function MovementsTable({ page, onReverse }: { page: PartPage; onReverse?: (movement: StockMovement) => void }) {
  const { t, i18n } = useTranslation(['parts', 'common']);
  const format = useFormat();
  const language = i18n.language;
  const { part, movements: first, movementsCursor } = page;
  const [wanted, setWanted] = useState(false);
  // Keyed by the method first: a posting refreshes these pages too (shared/api/changes.ts).
  const more = useInfiniteQuery({
    queryKey: ['stock.history', { partId: part.id, after: movementsCursor, limit: PAGE }],
    queryFn: ({ pageParam }) => call('stock.history', { partId: part.id, limit: PAGE, ...(pageParam !== null && { after: pageParam }) }),
    initialPageParam: movementsCursor,
    getNextPageParam: (last) => last.nextCursor,
    enabled: wanted && movementsCursor !== null,
  });
  const rows = joinMovements(first, more.data?.pages.flatMap((p) => p.items) ?? []);
  const hasMore = wanted ? more.hasNextPage : movementsCursor !== null;
  const columns = onReverse ? 10 : 9;

  return (
    <>
      <TableContainer data-testid="movements">
        <Table size="small" sx={{ '& th, & td': { px: 1 }, '& th': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('movements.columns.id')}</TableCell>
              <TableCell>{t('movements.columns.at')}</TableCell>
              <TableCell>{t('movements.columns.kind')}</TableCell>
              <TableCell sx={NUMBER}>{t('movements.columns.quantity')}</TableCell>
              <TableCell sx={NUMBER}>{t('movements.columns.value')}</TableCell>
              <TableCell sx={NUMBER}>{t('movements.columns.balance')}</TableCell>
              <TableCell>{t('movements.columns.by')}</TableCell>
              <TableCell sx={{ minWidth: 140 }}>{t('movements.columns.reason')}</TableCell>
              <TableCell>{t('movements.columns.source')}</TableCell>
              {onReverse && (
                <TableCell sx={{ width: 44 }}>
                  <Box component="span" sx={visuallyHidden}>
                    {t('movements.reverse')}
                  </Box>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((movement) => {
              const reversed = movement.reversedById !== null;
              return (
                <TableRow key={movement.id} hover data-testid={`movement-${movement.id}`} sx={reversed ? { '& td': { color: 'text.secondary' } } : undefined}>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>#{movement.id}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(movement.at)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="movement-kind">
                    <Box component="span" sx={reversed ? { textDecoration: 'line-through' } : undefined}>
                      {t(`movements.kinds.${movement.kind}`)}
                    </Box>
                    <ReversalNote movement={movement} />
                  </TableCell>
                  <TableCell sx={{ ...NUMBER, fontWeight: 500 }} data-testid="movement-quantity">
                    {signedQuantity(movement.quantity, language)}
                  </TableCell>
                  <TableCell sx={NUMBER}>{signedYuan(movement.valueFen, language)}</TableCell>
                  <TableCell sx={NUMBER} data-testid="movement-balance">
                    {quantityText(movement.balanceAfter, movement.unit, language)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{movement.byName ?? '—'}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{movement.reason}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <SourceCell movement={movement} />
                  </TableCell>
                  {onReverse && (
                    <TableCell>
                      {mayReverse(movement) && (
                        <Tooltip title={t('movements.reverseThis', { id: movement.id })}>
                          <IconButton size="small" aria-label={t('movements.reverseThis', { id: movement.id })} onClick={() => onReverse(movement)} data-testid={`movement-reverse-${movement.id}`}>
                            <UndoOutlined fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns}>
                  <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }} data-testid="movements-empty">
                    {t('movements.empty')}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {hasMore && (
        <Button
          variant="outlined"
          size="small"
          sx={{ mt: 1.5 }}
          disabled={more.isFetching}
          onClick={() => (wanted ? void more.fetchNextPage() : setWanted(true))}
          data-testid="movements-more"
        >
          {t('common:actions.loadMore')}
        </Button>
      )}
    </>
  );
}
