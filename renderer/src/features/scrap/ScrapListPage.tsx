// 报废品处理记录: the records newest first, by state; page by page. Clerks open a new one here.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../../shared/api';
import type { ScrapSummary } from '../../../../shared/api/scrap';
import { SCRAP_STATES, type ScrapState } from '../../../../shared/scrap/workflow';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { NewRecordButton } from '../../components/NewRecordButton';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages } from '../../lib/queries';
import { ScrapStateChip, SourceLink } from './parts';

const PAGE_SIZE = 50;

type Row = ScrapSummary & { overdue: boolean };

export function ScrapListPage() {
  const { t } = useTranslation('scrap');
  const format = useFormat();
  const [state, setState] = useState<ScrapState | typeof ANY>(ANY);
  const input: ApiInput<'scrap.list'> = { limit: PAGE_SIZE, ...(state !== ANY && { state }) };
  const { list, rows } = useApiPages('scrap.list', input);
  const items: Row[] = rows.map((row) => ({ ...row, overdue: false }));
  const columns: Array<RecordColumn<Row>> = [
    {
      header: t('fields.item'),
      cellSx: { maxWidth: 0, width: '100%' },
      cell: (row) => (
        <>
          <Typography variant="body2" noWrap title={row.itemLabel}>
            {row.itemLabel}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" noWrap>
            {t(`itemKinds.${row.itemKind}`)}
          </Typography>
        </>
      ),
    },
    { header: t('fields.reason'), nowrap: true, cell: (row) => t(`reasons.${row.reason}`) },
    { header: t('fields.source'), nowrap: true, cell: (row) => (row.source ? <SourceLink source={row.source} /> : '—') },
    { header: t('fields.createdAt'), nowrap: true, cell: (row) => format.date(row.createdAt) },
    { header: t('fields.state'), nowrap: true, cell: (row) => <ScrapStateChip state={row.state} testId={`scrap-state-${row.number}`} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={<NewRecordButton method="scrap.create" to="/scrap/new" label={t('list.new')} testId="scrap-create" />}
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <FilterSelect
            label={t('fields.state')}
            value={state}
            onChange={setState}
            options={SCRAP_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            anyLabel={t('list.all')}
            testId="filter-state"
            width={190}
          />
        </Stack>
        <RecordTable
          pages={list}
          rows={items}
          numberHeader={t('fields.number')}
          columns={columns}
          pathOf={(row) => `/scrap/${row.id}`}
          testId="scrap-grid"
          rowTestId="scrap-row"
          empty={{ text: t('list.empty'), testId: 'scrap-empty' }}
        />
      </Stack>
    </>
  );
}
