// The list of a kind of routed record (difficult questions, suggestions): newest first, or the late ones oldest due
// first; by state and department; late rows highlighted; the button that opens a new one when the user may.
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall, type ApiInput } from '../../../../shared/api';
import type { QuestionSummary } from '../../../../shared/api/questions';
import type { SuggestionSummary } from '../../../../shared/api/suggestions';
import { useCurrentUser } from '../../app/session';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, TwoLines, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages } from '../../lib/queries';
import { DueText } from '../../components/Deadline';
import { departmentNameOf, DepartmentSelect } from '../departments';
import { NAMESPACE, RecordStateChip, type RecordKind, type RecordState } from './RecordStateChip';

const PAGE_SIZE = 50;

const LIST_METHOD = { question: 'questions.list', suggestion: 'suggestions.list' } as const;
const CREATE_METHOD = { question: 'questions.create', suggestion: 'suggestions.create' } as const;

interface RowOf {
  question: QuestionSummary;
  suggestion: SuggestionSummary;
}
export type RecordRow<K extends RecordKind> = RowOf[K];

/** What a kind of routed record lists besides what every kind shows (who called, department, due, state). */
export interface RecordList<K extends RecordKind> {
  kind: K;
  states: ReadonlyArray<RecordState<K>>;
  /** What the record is about (the question asked, the suggestion), under the kind's `fields.<textKey>`. */
  textKey: string;
  text: (row: RecordRow<K>) => string;
  /** When it came in (and how, where the kind keeps that), under `fields.<receivedKey>`. */
  receivedKey: string;
  received: (row: RecordRow<K>) => { at: number; via?: string };
  /** The button's icon and the dialog that opens a new record; `onCreated` goes to it. */
  Icon: ComponentType;
  Dialog: ComponentType<{ onClose: () => void; onCreated: (record: { id: number }) => void }>;
}

/** The most a caller's name takes before it is cut: the table stays inside the 1366 px screen beside the other columns. */
const CALLER_WIDTH = 150;

function useColumns<K extends RecordKind>(list: RecordList<K>): Array<RecordColumn<RecordRow<K>>> {
  const { t, i18n } = useTranslation([NAMESPACE[list.kind], 'questions', 'requests']);
  const format = useFormat();
  return [
    { header: t(`fields.${list.textKey}`), minWidth: 180, cell: (row) => <TwoLines title={list.text(row)}>{list.text(row)}</TwoLines> },
    // The caller's name over the customer's, each one line cut with an ellipsis to the column's width, whole on hover:
    // a long company name must not squeeze the column, nor stack a name one character a line.
    {
      header: t('questions:fields.caller'),
      minWidth: 140,
      cell: (row) => (
        <Stack sx={{ maxWidth: CALLER_WIDTH }} data-testid="record-caller">
          <Typography variant="body2" noWrap title={row.callerName || undefined}>
            {row.callerName || '—'}
          </Typography>
          {row.customerName && (
            <Typography variant="caption" color="text.secondary" noWrap title={row.customerName}>
              {row.customerName}
            </Typography>
          )}
        </Stack>
      ),
    },
    { header: t('fields.department'), minWidth: 90, cell: (row) => departmentNameOf(row, i18n.language) ?? '' },
    {
      header: t(`fields.${list.receivedKey}`),
      nowrap: true,
      cell: (row) => {
        const { at, via } = list.received(row);
        return (
          <>
            {format.dateTime(at)}
            {via && (
              <Typography variant="caption" color="text.secondary" component="div">
                {t(`requests:channels.${via}`)}
              </Typography>
            )}
          </>
        );
      },
    },
    { header: t('fields.dueAt'), width: 200, nowrap: true, cell: (row) => <DueText dueAt={row.dueAt} overdue={row.overdue} compact /> },
    { header: t('fields.state'), width: 100, cell: (row) => <RecordStateChip kind={list.kind} state={row.state as RecordState<K>} /> },
  ];
}

export function RoutedRecordsPage<K extends RecordKind>({ list }: { list: RecordList<K> }) {
  const { kind, states, Icon, Dialog } = list;
  const namespace = NAMESPACE[kind];
  const { t } = useTranslation([namespace, 'questions', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [state, setState] = useState<RecordState<K> | typeof ANY>(ANY);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const mayCreate = mayCall(api[CREATE_METHOD[kind]].access, me.roles);
  const input = {
    limit: PAGE_SIZE,
    ...(state !== ANY && { state }),
    ...(departmentId !== '' && { departmentId }),
    ...(overdue && { overdue: true }),
  } as ApiInput<(typeof LIST_METHOD)[K]>;
  const { list: pages, rows } = useApiPages(LIST_METHOD[kind], input, { refetchInterval: 60_000 });
  const columns = useColumns(list);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayCreate && (
            <Button variant="contained" startIcon={<Icon />} onClick={() => setCreating(true)} data-testid={`${kind}-create`}>
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }} data-testid={`${kind}-filters`}>
          <FilterSelect
            label={t('questions:list.state')}
            value={state}
            onChange={setState}
            options={states.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            anyLabel={t('questions:list.any')}
            testId="filter-state"
          />
          <DepartmentSelect label={t('fields.department')} value={departmentId} onChange={setDepartmentId} anyLabel={t('questions:list.any')} testId="filter-department" width={180} />
          <FormControlLabel
            control={<Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="filter-overdue" />}
            label={t('questions:list.overdueOnly')}
          />
        </Stack>
        <RecordTable
          pages={pages}
          rows={rows as Array<RecordRow<K>>}
          numberHeader={t('fields.number')}
          columns={columns}
          pathOf={(row) => `/${namespace}/${row.id}`}
          testId={`${namespace}-grid`}
          rowTestId={`${kind}-row`}
          empty={{ text: overdue ? t('list.noneOverdue') : t('list.empty'), testId: `${namespace}-empty` }}
        />
      </Stack>
      {creating && <Dialog onClose={() => setCreating(false)} onCreated={(record) => void navigate(`/${namespace}/${record.id}`)} />}
    </>
  );
}
