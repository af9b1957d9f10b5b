// 疑难问题记录表: the records, newest first (or the late ones, oldest due first), by state and department; late
// records highlighted. An agent opens a new one here or from the call form.
import AddCommentOutlined from '@mui/icons-material/AddCommentOutlined';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall, type ApiInput, type ApiOutput } from '../../../../shared/api';
import { QUESTION_STATES, type QuestionState } from '../../../../shared/questions/workflow';
import { useCurrentUser } from '../../app/session';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, TwoLines, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages } from '../../lib/queries';
import { departmentNameOf, DepartmentSelect } from '../departments';
import { QuestionDialog } from './QuestionDialog';
import { QuestionStateChip } from './QuestionStateChip';
import { DueText } from '../../components/Deadline';

const PAGE_SIZE = 50;

type QuestionRow = ApiOutput<'questions.list'>['items'][number];

export function QuestionsPage() {
  const { t, i18n } = useTranslation(['questions', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const [state, setState] = useState<QuestionState | typeof ANY>(ANY);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const mayOpen = mayCall(api['questions.create'].access, me.roles);
  const input: ApiInput<'questions.list'> = {
    limit: PAGE_SIZE,
    ...(state !== ANY && { state }),
    ...(departmentId !== '' && { departmentId }),
    ...(overdue && { overdue: true }),
  };
  const { list, rows } = useApiPages('questions.list', input, { refetchInterval: 60_000 });
  const columns: Array<RecordColumn<QuestionRow>> = [
    { header: t('fields.question'), minWidth: 280, cell: (row) => <TwoLines>{row.question}</TwoLines> },
    { header: t('fields.caller'), width: 170, cell: (row) => [row.callerName, row.customerName].filter(Boolean).join(' · ') },
    { header: t('fields.department'), width: 110, cell: (row) => departmentNameOf(row, i18n.language) },
    { header: t('fields.openedAt'), width: 150, nowrap: true, cell: (row) => format.dateTime(row.openedAt) },
    { header: t('fields.dueAt'), width: 200, nowrap: true, cell: (row) => <DueText dueAt={row.dueAt} overdue={row.overdue} /> },
    { header: t('fields.state'), width: 100, cell: (row) => <QuestionStateChip state={row.state} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayOpen && (
            <Button variant="contained" startIcon={<AddCommentOutlined />} onClick={() => setCreating(true)} data-testid="question-create">
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }} data-testid="question-filters">
          <FilterSelect
            label={t('list.state')}
            value={state}
            onChange={setState}
            options={QUESTION_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            anyLabel={t('list.any')}
            testId="filter-state"
          />
          <DepartmentSelect label={t('fields.department')} value={departmentId} onChange={setDepartmentId} anyLabel={t('list.any')} testId="filter-department" width={180} />
          <FormControlLabel
            control={<Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="filter-overdue" />}
            label={t('list.overdueOnly')}
          />
        </Stack>
        <RecordTable
          pages={list}
          rows={rows}
          numberHeader={t('fields.number')}
          columns={columns}
          pathOf={(row) => `/questions/${row.id}`}
          testId="questions-grid"
          rowTestId="question-row"
          empty={{ text: overdue ? t('list.noneOverdue') : t('list.empty'), testId: 'questions-empty' }}
        />
      </Stack>
      {creating && <QuestionDialog onClose={() => setCreating(false)} onCreated={(created) => void navigate(`/questions/${created.id}`)} />}
    </>
  );
}
