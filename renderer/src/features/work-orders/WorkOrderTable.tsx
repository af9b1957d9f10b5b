// Work orders as a table (the board, a technician's list): the number links to the work order, late rows are tinted and
// marked, each row says who goes where for what, and when they are expected or due.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { WorkOrderSummary } from '../../../../shared/api/workOrders';
import { LATE_ROW } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { peopleText } from './form';
import { KindChip, LateChip, WorkOrderStateChip } from './parts';

/**
 * `board`: every column. `mine`: a technician's own list, without the technicians (they are one of them). `compact`: the
 * home page's narrow column, the state under the number and the fault under the customer.
 */
export type WorkOrderTableVariant = 'board' | 'mine' | 'compact';

function Customer({ row }: { row: WorkOrderSummary }) {
  const { t } = useTranslation('workOrders');
  return (
    <>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {row.customerName ?? '—'}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {[row.siteName, row.equipmentLabel].filter(Boolean).join(t('separator'))}
      </Typography>
    </>
  );
}

function Fault({ row }: { row: WorkOrderSummary }) {
  return (
    <>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {row.subject || '—'}
      </Typography>
      {row.requestNumber && (
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {row.requestNumber}
        </Typography>
      )}
    </>
  );
}

export function WorkOrderTable({ rows, testId, empty, variant = 'board' }: { rows: readonly WorkOrderSummary[]; testId: string; empty: string; variant?: WorkOrderTableVariant }) {
  const { t } = useTranslation('workOrders');
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }} data-testid={`${testId}-empty`}>
        {empty}
      </Typography>
    );
  }
  const compact = variant === 'compact';
  return (
    <TableContainer>
      {/* Fixed columns: the groups of a technician's list line up one under the other. */}
      <Table size="small" sx={{ tableLayout: 'fixed', '& th, & td': { px: 1, verticalAlign: 'top' } }} data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 185 }}>{t('fields.number')}</TableCell>
            {!compact && <TableCell sx={{ width: 100 }}>{t('fields.state')}</TableCell>}
            <TableCell>{t('fields.customer')}</TableCell>
            {!compact && <TableCell>{t('fields.subject')}</TableCell>}
            {variant === 'board' && <TableCell sx={{ width: 150 }}>{t('fields.technicians')}</TableCell>}
            <TableCell sx={{ width: 230 }}>{t('fields.when')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} sx={row.late ? LATE_ROW : undefined} data-testid={`work-order-row-${row.number}`} data-late={row.late}>
              <TableCell>
                <Link component={RouterLink} to={`/work-orders/${row.id}`} underline="hover" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                  {row.number}
                </Link>
                {/* Repairs are most of the list: only an inspection and a late one are marked. */}
                {(compact || row.kind === 'inspection' || row.late) && (
                  <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
                    {compact && <WorkOrderStateChip state={row.state} testId={`work-order-row-${row.number}-state`} />}
                    {row.kind === 'inspection' && <KindChip kind={row.kind} />}
                    {row.late && <LateChip testId={`work-order-row-${row.number}-late`} />}
                  </Stack>
                )}
              </TableCell>
              {!compact && (
                <TableCell>
                  <WorkOrderStateChip state={row.state} testId={`work-order-row-${row.number}-state`} />
                </TableCell>
              )}
              <TableCell>
                <Customer row={row} />
                {compact && (
                  <Box sx={{ mt: 0.5 }}>
                    <Fault row={row} />
                  </Box>
                )}
              </TableCell>
              {!compact && (
                <TableCell>
                  <Fault row={row} />
                </TableCell>
              )}
              {variant === 'board' && <TableCell sx={{ overflowWrap: 'anywhere' }}>{peopleText(row.technicians, t('separator')) || '—'}</TableCell>}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <When row={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The moment that matters now: arrival once someone is there, else the time expected, else the deadline. */
export function When({ row }: { row: WorkOrderSummary }) {
  const { t } = useTranslation('workOrders');
  const format = useFormat();
  const lines: Array<[string, number]> = [];
  if (row.completedAt !== null) lines.push([t('fields.completedAt'), row.completedAt]);
  else if (row.arrivedAt !== null) lines.push([t('fields.arrivedAt'), row.arrivedAt]);
  else {
    if (row.expectedAt !== null) lines.push([t('fields.expectedAt'), row.expectedAt]);
    if (row.dueAt !== null) lines.push([t('fields.dueAt'), row.dueAt]);
  }
  if (lines.length === 0) lines.push([t('fields.day'), row.dayAt]);
  return (
    <Box>
      {lines.map(([label, at]) => (
        <Typography key={label} variant="body2" component="div" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          <Typography component="span" variant="caption" color="text.secondary" sx={{ mr: 0.5 }}>
            {label}
          </Typography>
          {format.dateTime(at)}
        </Typography>
      ))}
    </Box>
  );
}
