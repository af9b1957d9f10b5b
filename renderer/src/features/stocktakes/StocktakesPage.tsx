// 盘点: the count sheets, newest first, by state; a new sheet for some bins or the whole store.
import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { StocktakeSummary } from '../../../../shared/api/stocktakes';
import { STOCKTAKE_STATES, type StocktakeState } from '../../../../shared/stocktakes/workflow';
import { useCurrentUser } from '../../app/session';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages } from '../../lib/queries';
import { NewStocktakeDialog } from './NewStocktakeDialog';
import { StocktakeStateChip, useBinsText } from './StocktakeStateChip';

type Row = StocktakeSummary & { overdue: boolean };

export function StocktakesPage() {
  const { t } = useTranslation('stocktakes');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const binsText = useBinsText();
  const [state, setState] = useState<StocktakeState | typeof ANY>(ANY);
  const [creating, setCreating] = useState(false);
  const mayCreate = mayCall(api['stocktakes.create'].access, me.roles);
  const { list, rows } = useApiPages('stocktakes.list', { limit: 50, ...(state !== ANY && { state }) });
  const shown = useMemo<Row[]>(() => rows.map((row) => ({ ...row, overdue: false })), [rows]);

  const columns: Array<RecordColumn<Row>> = [
    { header: t('list.bins'), minWidth: 160, cell: (row) => binsText(row.bins) },
    {
      header: t('list.madeAt'),
      nowrap: true,
      cell: (row) => (
        <>
          {format.dateTime(row.madeAt)}
          <Typography variant="caption" color="text.secondary" component="div">
            {row.madeByName}
          </Typography>
        </>
      ),
    },
    { header: t('list.progress'), nowrap: true, width: 110, cell: (row) => t('list.progressValue', { counted: row.countedCount, lines: row.lineCount }) },
    {
      header: t('list.postedAt'),
      minWidth: 160,
      cell: (row) =>
        row.state === 'counting' ? (
          ''
        ) : (
          <>
            {row.postedAt !== null && format.dateTime(row.postedAt)}
            <Typography variant="caption" color="text.secondary" component="div" noWrap title={row.reason} sx={{ maxWidth: 260 }}>
              {row.reason}
            </Typography>
          </>
        ),
    },
    { header: t('list.state'), width: 100, cell: (row) => <StocktakeStateChip state={row.state} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayCreate && (
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setCreating(true)} data-testid="stocktake-create">
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5}>
          <FilterSelect
            label={t('list.state')}
            value={state}
            onChange={setState}
            options={STOCKTAKE_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            anyLabel={t('list.any')}
            testId="filter-state"
          />
        </Stack>
        <RecordTable
          pages={list}
          rows={shown}
          numberHeader={t('list.number')}
          columns={columns}
          pathOf={(row) => `/stocktakes/${row.id}`}
          testId="stocktakes-grid"
          rowTestId="stocktake-row"
          empty={{ text: t('list.empty') }}
        />
      </Stack>
      {creating && <NewStocktakeDialog onClose={() => setCreating(false)} onCreated={(sheet) => void navigate(`/stocktakes/${sheet.id}`)} />}
    </>
  );
}
