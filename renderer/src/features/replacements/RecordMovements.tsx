// The store's movements a record caused (a notice's loan out and loan back, a scrap record's scrap movement), read
// from the ledger by their source, each one click from its part's page.
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { signedQuantity } from '../parts';

const NUMBER = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function RecordMovements({ sourceKind, sourceId, empty, testId }: { sourceKind: 'replacement_notice' | 'scrap_record'; sourceId: number; empty: string; testId: string }) {
  const { t, i18n } = useTranslation('parts');
  const format = useFormat();
  const history = useApiQuery('stock.history', { sourceKind, sourceId, limit: 50 });
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  if (!history.data) return <LoadingBlock />;
  // Oldest first: the loan out, then the loan back.
  const items = [...history.data.items].reverse();
  if (items.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" data-testid={testId}>
        {empty}
      </Typography>
    );
  return (
    <Table size="small" sx={{ '& th, & td': { px: 1 } }} data-testid={testId}>
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
          <TableRow key={movement.id} data-testid={`${testId}-${movement.kind}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(movement.at)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`movements.kinds.${movement.kind}`)}</TableCell>
            <TableCell>
              <Link component={RouterLink} to={`/parts/${movement.partId}`} underline="hover" data-testid={`${testId}-${movement.kind}-part`}>
                <span style={{ fontFamily: 'monospace' }}>{movement.partCode}</span> {movement.partName}
              </Link>
            </TableCell>
            <TableCell sx={NUMBER}>{`${signedQuantity(movement.quantity, i18n.language)} ${movement.unit}`}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{movement.byName ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
