// 客户投诉联系书: the complaint forms, newest first (the late ones oldest due first), by state and unit, the late ones
// only, or those given to me to reply to the customer; page by page.
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall, type ApiInput, type ApiOutput } from '../../../../shared/api';
import { COMPLAINT_STATES, type ComplaintState } from '../../../../shared/complaints/route';
import { useCurrentUser } from '../../app/session';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { useApiPages, useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments';
import { ComplaintDialog } from './ComplaintDialog';
import { ComplaintStateChip, unitName } from './parts';
import { DueText } from '../../components/Deadline';

const PAGE_SIZE = 50;

/** Every unit a form can be routed to: the departments and the higher-level office. */
function UnitFilter({ value, onChange }: { value: number | ''; onChange: (id: number | '') => void }) {
  const { t, i18n } = useTranslation('complaints');
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  const units = (departments.data?.items ?? []).filter((d) => d.active);
  return (
    <TextField
      select
      label={t('fields.unit')}
      value={units.some((u) => u.id === value) ? value : ''}
      onChange={(event) => onChange(event.target.value === '' ? '' : Number(event.target.value))}
      sx={{ width: 200 }}
      fullWidth={false}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      data-testid="filter-unit"
    >
      <MenuItem value="">{t('list.any')}</MenuItem>
      {units.map((unit) => (
        <MenuItem key={unit.id} value={unit.id}>
          {departmentName(unit, i18n.language)}
          {unit.kind === 'higher_level' && (
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              {t('list.higherLevel')}
            </Typography>
          )}
        </MenuItem>
      ))}
    </TextField>
  );
}

type ComplaintRow = ApiOutput<'complaints.list'>['items'][number];

export function ComplaintsPage() {
  const { t, i18n } = useTranslation(['complaints', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const [state, setState] = useState<ComplaintState | typeof ANY>(ANY);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [filling, setFilling] = useState(false);
  const mayFill = mayCall(api['complaints.create'].access, me.roles);
  const mayPrint = mayCall(api['complaints.register'].access, me.roles);
  const mayReply = me.roles.includes('agent');
  const input: ApiInput<'complaints.list'> = {
    limit: PAGE_SIZE,
    ...(state !== ANY && { state }),
    ...(departmentId !== '' && { departmentId }),
    ...(overdue && { overdue: true }),
    ...(mine && mayReply && { mine: true }),
  };
  const { list, rows } = useApiPages('complaints.list', input, { refetchInterval: 60_000 });
  const columns: Array<RecordColumn<ComplaintRow>> = [
    {
      header: t('list.customerAndComplaint'),
      cellSx: { maxWidth: 0, width: '100%' },
      cell: (row) => (
        <>
          <Typography variant="body2" noWrap>
            {row.customerName}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" noWrap title={row.content}>
            {t('list.complainantSays', { name: row.complainant, content: row.content })}
          </Typography>
        </>
      ),
    },
    { header: t('fields.receivedAt'), nowrap: true, cell: (row) => format.dateTime(row.receivedAt) },
    {
      header: t('list.unitAndRoute'),
      nowrap: true,
      cell: (row) =>
        row.route === null ? (
          <Typography variant="body2" color="text.secondary">
            {t('list.notRouted')}
          </Typography>
        ) : (
          <>
            <Typography variant="body2">{unitName(row.unit, i18n.language) || t('steps.route.theCenter')}</Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {t(`routes.${row.route}`)}
            </Typography>
          </>
        ),
    },
    { header: t('fields.dueAt'), nowrap: true, cell: (row) => <DueText dueAt={row.dueAt} overdue={row.overdue} compact /> },
    { header: t('fields.state'), nowrap: true, cell: (row) => <ComplaintStateChip state={row.state} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            {mayPrint && (
              <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => void navigate('/complaints/register')} data-testid="complaint-register">
                {t('list.register')}
              </Button>
            )}
            {mayFill && (
              <Button variant="contained" startIcon={<PostAddOutlined />} onClick={() => setFilling(true)} data-testid="complaint-create">
                {t('fill.action')}
              </Button>
            )}
          </>
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
          <FilterSelect
            label={t('fields.state')}
            value={state}
            onChange={setState}
            options={COMPLAINT_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            anyLabel={t('list.any')}
            testId="filter-state"
            width={190}
          />
          <UnitFilter value={departmentId} onChange={setDepartmentId} />
          <FormControlLabel control={<Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="filter-overdue" />} label={t('list.overdueOnly')} />
          {mayReply && (
            <FormControlLabel control={<Checkbox checked={mine} onChange={(event) => setMine(event.target.checked)} data-testid="filter-mine" />} label={t('list.mine')} />
          )}
        </Stack>
        <RecordTable
          pages={list}
          rows={rows}
          numberHeader={t('fields.number')}
          columns={columns}
          pathOf={(row) => `/complaints/${row.id}`}
          testId="complaints-grid"
          rowTestId="complaint-row"
          empty={{ text: t('list.empty'), testId: 'complaints-empty' }}
        />
      </Stack>
      {filling && <ComplaintDialog onClose={() => setFilling(false)} onCreated={(created) => void navigate(`/complaints/${created.id}`)} />}
    </>
  );
}
