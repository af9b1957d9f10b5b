// The dispatcher's board (/work-orders, 派工看板): the open work orders by state (a tab each, with its count), technician,
// day and kind, the ones late against the request's on-site deadline first and marked; for a planner, "create due
// inspections" makes the inspection work orders of every plan due by today.
import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../shared/api';
import { WORK_ORDER_KINDS, type WorkOrderKind } from '../../../../shared/api/workOrders';
import type { WorkOrderState } from '../../../../shared/work-orders/workflow';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { CalendarDateField, INVALID_DATE } from '../../components/CalendarDateField';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useApiQuery } from '../../lib/queries';
import { BOARD_STATES, byUrgency } from './form';
import { useTechnicians } from './TechniciansField';
import { WorkOrderTable } from './WorkOrderTable';

const ALL = 'all';

function CreateDueButton() {
  const { t } = useTranslation(['workOrders', 'errors']);
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { created } = await call('maintenance.createDue', {});
      notify(created.length === 0 ? t('board.noneDue') : t('board.created', { count: created.length, numbers: created.map((order) => order.number).join(t('separator')) }));
    } catch (error) {
      notify(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" startIcon={<EventRepeatOutlined />} onClick={() => void run()} disabled={busy} data-testid="work-orders-create-due">
      {t('board.createDue')}
    </Button>
  );
}

export function WorkOrdersBoardPage() {
  const { t } = useTranslation('workOrders');
  const me = useCurrentUser();
  const technicians = useTechnicians();
  const [state, setState] = useState<WorkOrderState | typeof ALL>(ALL);
  const [technicianId, setTechnicianId] = useState<number | null>(null);
  const [day, setDay] = useState('');
  const [kind, setKind] = useState<WorkOrderKind | typeof ANY>(ANY);
  const board = useApiQuery(
    'workOrders.board',
    {
      ...(state !== ALL && { state }),
      ...(technicianId !== null && { technicianId }),
      ...(day !== '' && day !== INVALID_DATE && { day }),
      ...(kind !== ANY && { kind }),
    },
    { placeholderData: (previous) => previous, refetchInterval: 60_000 },
  );
  const counts = board.data?.counts;
  const total = counts ? BOARD_STATES.reduce((sum, s) => sum + counts[s], 0) : undefined;
  const tabLabel = (label: string, count: number | undefined) => (count === undefined ? label : `${label} ${count}`);

  return (
    <Stack spacing={2} data-testid="work-orders-board">
      <PageHeader title={t('board.title')} subtitle={t('board.subtitle')} actions={mayCall(api['maintenance.createDue'].access, me.roles) && <CreateDueButton />} />
      <Paper variant="outlined" sx={{ px: 2, pt: 1, pb: 2 }}>
        <Tabs value={state} onChange={(_event, value: WorkOrderState | typeof ALL) => setState(value)} variant="scrollable" aria-label={t('fields.state')} sx={{ mb: 2 }}>
          <Tab value={ALL} label={tabLabel(t('board.allOpen'), total)} data-testid="work-orders-tab-all" />
          {BOARD_STATES.map((s) => (
            <Tab key={s} value={s} label={tabLabel(t(`states.${s}`), counts?.[s])} data-testid={`work-orders-tab-${s}`} />
          ))}
        </Tabs>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
          <TextField
            select
            label={t('fields.technician')}
            value={technicianId ?? ''}
            onChange={(event) => setTechnicianId(event.target.value === '' ? null : Number(event.target.value))}
            sx={{ width: 200 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            data-testid="work-orders-filter-technician"
          >
            <MenuItem value="">{t('board.anyTechnician')}</MenuItem>
            {technicians.map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {person.displayName}
              </MenuItem>
            ))}
          </TextField>
          <FilterSelect
            label={t('fields.kind')}
            value={kind}
            onChange={setKind}
            options={WORK_ORDER_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
            anyLabel={t('board.anyKind')}
            testId="work-orders-filter-kind"
          />
          <Stack sx={{ width: 200 }}>
            <CalendarDateField label={t('fields.day')} value={day} onChange={setDay} testId="work-orders-filter-day" />
          </Stack>
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 1 }}>
        {board.isPending && <LoadingBlock />}
        {board.isError && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
        {board.data && <WorkOrderTable rows={byUrgency(board.data.items)} testId="work-orders-board-table" empty={t('board.empty')} />}
      </Paper>
    </Stack>
  );
}
