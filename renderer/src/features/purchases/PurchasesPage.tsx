// 维修备品采购单: the purchase requests, newest first, by state; page by page. Clerks start a new one here.
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { api, mayCall, type ApiInput } from '../../../../shared/api';
import type { PurchaseSummary } from '../../../../shared/api/purchases';
import { PURCHASE_STATES, type PurchaseState } from '../../../../shared/purchases/workflow';
import { useCurrentUser } from '../../app/session';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages } from '../../lib/queries';
import { PurchaseStateChip, useAmounts } from './parts';

const PAGE_SIZE = 50;

type Row = PurchaseSummary & { overdue: boolean };

export function PurchasesPage() {
  const { t } = useTranslation('purchases');
  const me = useCurrentUser();
  const format = useFormat();
  const amounts = useAmounts();
  const [state, setState] = useState<PurchaseState | typeof ANY>(ANY);
  const input: ApiInput<'purchases.list'> = { limit: PAGE_SIZE, ...(state !== ANY && { state }) };
  const { list, rows } = useApiPages('purchases.list', input);
  // No purchase request is ever late: the table tints none.
  const shown: Row[] = rows.map((row) => ({ ...row, overdue: false }));
  const columns: Array<RecordColumn<Row>> = [
    {
      header: t('fields.parts'),
      cellSx: { maxWidth: 0, width: '100%' },
      cell: (row) => (
        <>
          <Typography variant="body2" noWrap title={row.partsText}>
            {row.partsText}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" noWrap title={row.reason}>
            {row.reason}
          </Typography>
        </>
      ),
    },
    { header: t('fields.requested'), nowrap: true, cell: (row) => row.requestedByName ?? '' },
    { header: t('fields.requestedAt'), nowrap: true, cell: (row) => format.date(row.requestedAt) },
    {
      header: t('fields.estimatedTotal'),
      nowrap: true,
      cellSx: { textAlign: 'right' },
      cell: (row) => (
        <>
          <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {amounts.yuan(row.estimatedTotalFen)}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('list.lines', { count: row.lineCount })}
          </Typography>
        </>
      ),
    },
    { header: t('fields.state'), nowrap: true, cell: (row) => <PurchaseStateChip state={row.state} testId={`purchase-state-${row.number}`} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayCall(api['purchases.create'].access, me.roles) && (
            <Button variant="contained" startIcon={<PostAddOutlined />} component={RouterLink} to="/purchases/new" data-testid="purchase-create">
              {t('list.new')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <FilterSelect
            label={t('fields.state')}
            value={state}
            onChange={setState}
            options={PURCHASE_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            anyLabel={t('list.any')}
            testId="filter-state"
            width={190}
          />
        </Stack>
        <RecordTable
          pages={list}
          rows={shown}
          numberHeader={t('fields.number')}
          columns={columns}
          pathOf={(row) => `/purchases/${row.id}`}
          testId="purchases-grid"
          rowTestId="purchase-row"
          empty={{ text: t('list.empty'), testId: 'purchases-empty' }}
        />
      </Stack>
    </>
  );
}
