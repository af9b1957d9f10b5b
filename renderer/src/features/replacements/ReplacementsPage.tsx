// 故障处理备品替换通知: by default the open notices, oldest first, each with its age in days and where the faulty unit
// is; or the notices of one state, or all of them, newest first. Clerks lend a new spare from here.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplacementSummary } from '../../../../shared/api/replacements';
import { REPLACEMENT_STATES, type ReplacementState } from '../../../../shared/replacements/workflow';
import { FilterSelect } from '../../components/FilterSelect';
import { NewRecordButton } from '../../components/NewRecordButton';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages } from '../../lib/queries';
import { ReplacementStateChip, WhereChip } from './parts';
import { listInput, OPEN, type Shown } from './query';

const PAGE_SIZE = 50;

type Row = ReplacementSummary & { overdue: boolean };

export function ReplacementsPage() {
  const { t } = useTranslation('replacements');
  const format = useFormat();
  const [shown, setShown] = useState<Shown>(OPEN);
  const { list, rows } = useApiPages('replacements.list', listInput(shown, PAGE_SIZE));
  const items: Row[] = rows.map((row) => ({ ...row, overdue: false }));
  const columns: Array<RecordColumn<Row>> = [
    {
      header: t('list.unitColumn'),
      cellSx: { maxWidth: 0, width: '45%' },
      cell: (row) => (
        <>
          <Typography variant="body2" noWrap title={row.customerName ?? ''}>
            {row.customerName ?? '—'}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" noWrap>
            {[row.equipmentLabel, row.faultySerial && !row.equipmentLabel?.includes(row.faultySerial) && `${t('fields.faultySerial')} ${row.faultySerial}`]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        </>
      ),
    },
    {
      header: t('fields.spare'),
      cellSx: { maxWidth: 0, width: '35%' },
      cell: (row) => (
        <>
          <Typography variant="body2" noWrap title={`${row.spareCode} ${row.spareName}`}>
            <span style={{ fontFamily: 'monospace' }}>{row.spareCode}</span> {row.spareName}
          </Typography>
          {row.spareSerial && (
            <Typography variant="caption" color="text.secondary" component="div" noWrap>
              {t('fields.spareSerial')} {row.spareSerial}
            </Typography>
          )}
        </>
      ),
    },
    { header: t('fields.installedAt'), nowrap: true, cell: (row) => format.date(row.installedAt) },
    {
      header: t('fields.age'),
      nowrap: true,
      cellSx: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
      cell: (row) => (row.where !== null ? <span data-testid={`replacement-age-${row.number}`}>{t('list.ageDays', { count: row.ageDays })}</span> : ''),
    },
    {
      header: t('fields.where'),
      nowrap: true,
      cell: (row) =>
        row.where !== null ? <WhereChip where={row.where} testId={`replacement-where-${row.number}`} /> : <ReplacementStateChip state={row.state} testId={`replacement-state-${row.number}`} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={<NewRecordButton method="replacements.create" to="/replacements/new" label={t('list.new')} testId="replacement-create" />}
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <FilterSelect<typeof OPEN | ReplacementState>
            label={t('list.filter')}
            value={shown}
            onChange={setShown}
            options={[{ value: OPEN, label: t('list.openOnly') }, ...REPLACEMENT_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))]}
            anyLabel={t('list.all')}
            testId="filter-state"
            width={210}
          />
        </Stack>
        <RecordTable
          pages={list}
          rows={items}
          numberHeader={t('fields.number')}
          columns={columns}
          pathOf={(row) => `/replacements/${row.id}`}
          testId="replacements-grid"
          rowTestId="replacement-row"
          empty={{ text: shown === OPEN ? t('list.emptyOpen') : t('list.empty'), testId: 'replacements-empty' }}
        />
      </Stack>
    </>
  );
}
