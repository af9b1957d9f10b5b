// 客户建议记录单: the suggestions, newest first (or the late ones, oldest due first), by state and department.
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall, type ApiInput, type ApiOutput } from '../../../../shared/api';
import { SUGGESTION_STATES, type SuggestionState } from '../../../../shared/suggestions/workflow';
import { useCurrentUser } from '../../app/session';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, TwoLines, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages } from '../../lib/queries';
import { departmentNameOf, DepartmentSelect } from '../departments';
import { SuggestionDialog } from './SuggestionDialog';
import { SuggestionStateChip } from './SuggestionStateChip';
import { DueText } from '../../components/Deadline';

const PAGE_SIZE = 50;

type SuggestionRow = ApiOutput<'suggestions.list'>['items'][number];

export function SuggestionsPage() {
  const { t, i18n } = useTranslation(['suggestions', 'questions', 'requests', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const [state, setState] = useState<SuggestionState | typeof ANY>(ANY);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const mayRecord = mayCall(api['suggestions.create'].access, me.roles);
  const input: ApiInput<'suggestions.list'> = {
    limit: PAGE_SIZE,
    ...(state !== ANY && { state }),
    ...(departmentId !== '' && { departmentId }),
    ...(overdue && { overdue: true }),
  };
  const { list, rows } = useApiPages('suggestions.list', input, { refetchInterval: 60_000 });
  const columns: Array<RecordColumn<SuggestionRow>> = [
    { header: t('fields.content'), minWidth: 280, cell: (row) => <TwoLines>{row.content}</TwoLines> },
    { header: t('questions:fields.caller'), width: 170, cell: (row) => [row.callerName, row.customerName].filter(Boolean).join(' · ') },
    { header: t('fields.channel'), width: 110, cell: (row) => t(`requests:channels.${row.channel}`) },
    { header: t('fields.department'), width: 110, cell: (row) => departmentNameOf(row, i18n.language) ?? '' },
    { header: t('fields.recordedAt'), width: 150, nowrap: true, cell: (row) => format.dateTime(row.recordedAt) },
    { header: t('fields.dueAt'), width: 200, nowrap: true, cell: (row) => <DueText dueAt={row.dueAt} overdue={row.overdue} /> },
    { header: t('fields.state'), width: 100, cell: (row) => <SuggestionStateChip state={row.state} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayRecord && (
            <Button variant="contained" startIcon={<RateReviewOutlined />} onClick={() => setCreating(true)} data-testid="suggestion-create">
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
          <FilterSelect
            label={t('questions:list.state')}
            value={state}
            onChange={setState}
            options={SUGGESTION_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            anyLabel={t('questions:list.any')}
            testId="filter-state"
          />
          <DepartmentSelect label={t('fields.department')} value={departmentId} onChange={setDepartmentId} anyLabel={t('questions:list.any')} testId="filter-department" width={180} />
          <FormControlLabel control={<Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="filter-overdue" />} label={t('questions:list.overdueOnly')} />
        </Stack>
        <RecordTable
          pages={list}
          rows={rows}
          numberHeader={t('fields.number')}
          columns={columns}
          pathOf={(row) => `/suggestions/${row.id}`}
          testId="suggestions-grid"
          rowTestId="suggestion-row"
          empty={{ text: t('list.empty') }}
        />
      </Stack>
      {creating && <SuggestionDialog onClose={() => setCreating(false)} onCreated={(created) => void navigate(`/suggestions/${created.id}`)} />}
    </>
  );
}
