// 数据完整性: the background quick_check and ledger check (every part whose stock is not its movements' sum, by code),
// schema version, data folder, database size and last backup.
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { IntegrityState, LedgerMismatch } from '../../../../shared/api';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import { useApiQuery } from '../../lib/queries';

const STATE_LOOK: Record<IntegrityState, { color: 'success.main' | 'error.main' | 'text.secondary'; icon: ReactNode }> = {
  ok: { color: 'success.main', icon: <CheckCircleOutlined color="success" sx={{ fontSize: 36 }} /> },
  failed: { color: 'error.main', icon: <ErrorOutlined color="error" sx={{ fontSize: 36 }} /> },
  pending: { color: 'text.secondary', icon: <HourglassEmptyOutlined color="action" sx={{ fontSize: 36 }} /> },
};

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: '180px minmax(0, 1fr)',
        gap: 2,
        py: 1.25,
        alignItems: 'center',
        '& + &': { borderTop: 1, borderColor: 'divider' },
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ wordBreak: 'break-all' }} data-testid={testId}>
        {children}
      </Typography>
    </Box>
  );
}

type Amount = { quantity: number; valueFen: number };
/** A figure that disagrees with the sum of the movements (the ledger, which is never edited) is marked. */
const differs = (stock: Amount | null, ledger: Amount) => !stock || stock.quantity !== ledger.quantity || stock.valueFen !== ledger.valueFen;
const WRONG = { color: 'error.main', fontWeight: 600 } as const;

/** The parts whose stock row disagrees with their movements, each named by its code. */
function LedgerMismatches({ items }: { items: LedgerMismatch[] }) {
  const { t, i18n } = useTranslation('system');
  const amount = (value: Amount, unit: string) =>
    t('ledger.amount', {
      quantity: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 }).format(value.quantity),
      unit,
      value: formatYuan(value.valueFen, i18n.language),
    });
  return (
    <Box sx={{ mt: 2 }} data-testid="integrity-ledger">
      <Typography variant="subtitle2" color="error.main">
        {t('ledger.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 1 }}>
        {t('ledger.intro')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('ledger.part')}</TableCell>
            <TableCell>{t('ledger.stock')}</TableCell>
            <TableCell>{t('ledger.movements')}</TableCell>
            <TableCell>{t('ledger.last')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.partCode}>
              <TableCell>
                <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                  {item.partCode}
                </Box>
                <Typography variant="caption" color="text.secondary" component="div">
                  {item.partName}
                </Typography>
              </TableCell>
              <TableCell sx={differs(item.stock, item.movements) ? WRONG : undefined}>
                {item.stock ? amount(item.stock, item.unit) : t('ledger.noStock')}
              </TableCell>
              <TableCell>
                {amount(item.movements, item.unit)}
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('ledger.count', { count: item.movements.count })}
                </Typography>
              </TableCell>
              <TableCell sx={item.lastMovement && differs(item.lastMovement, item.movements) ? WRONG : undefined}>
                {item.lastMovement ? amount(item.lastMovement, item.unit) : t('ledger.noMovement')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

export function IntegrityPage() {
  const { t } = useTranslation(['system', 'common']);
  const format = useFormat();
  const status = useApiQuery('system.status', {}, {
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.integrity.state === 'pending' ? 2000 : false),
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button onClick={() => void status.refetch()} disabled={status.isFetching}>
            {t('common:actions.refresh')}
          </Button>
        }
      />
      {status.isPending && <LoadingBlock />}
      {status.isError && <QueryError error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && (
        <Stack spacing={2} sx={{ maxWidth: 860 }}>
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              {STATE_LOOK[status.data.integrity.state].icon}
              <Box sx={{ flex: 1 }}>
                <Typography variant="body2" color="text.secondary">
                  {t('integrity')}
                </Typography>
                <Typography variant="h2" sx={{ color: STATE_LOOK[status.data.integrity.state].color }} data-testid="integrity-state">
                  {t(`states.${status.data.integrity.state}`)}
                </Typography>
              </Box>
              <Box sx={{ textAlign: 'right' }}>
                <Typography variant="body2" color="text.secondary">
                  {t('checkedAt')}
                </Typography>
                <Typography variant="body2">
                  {status.data.integrity.checkedAt ? format.dateTimeSeconds(status.data.integrity.checkedAt) : t('notChecked')}
                </Typography>
              </Box>
            </Stack>
            {status.data.integrity.state === 'failed' && status.data.integrity.details.length > 0 && (
              <Box sx={{ mt: 2 }}>
                <Typography variant="body2" color="text.secondary">
                  {t('details')}
                </Typography>
                <Box component="pre" sx={{ m: 0, mt: 0.5, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, fontSize: 12, overflowX: 'auto' }}>
                  {status.data.integrity.details.join('\n')}
                </Box>
              </Box>
            )}
            {status.data.integrity.ledger.length > 0 && <LedgerMismatches items={status.data.integrity.ledger} />}
          </Paper>
          <Paper variant="outlined" sx={{ px: 2.5, py: 0.5 }}>
            <Fact label={t('schemaVersion')} testId="schema-version">
              {status.data.schemaVersion}
            </Fact>
            <Fact label={t('databaseSize')}>{format.bytes(status.data.databaseBytes)}</Fact>
            <Fact label={t('dataDir')}>
              <Box component="span" sx={{ fontFamily: 'monospace' }}>
                {status.data.dataDir}
              </Box>
            </Fact>
            <Fact label={t('lastBackup')}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <span>{status.data.lastBackupAt ? format.dateTimeSeconds(status.data.lastBackupAt) : t('noBackup')}</span>
                <Button size="small" component={RouterLink} to="/admin/backups">
                  {t('goBackups')}
                </Button>
              </Stack>
            </Fact>
          </Paper>
        </Stack>
      )}
    </>
  );
}
