// The dialogs that choose: where the information manager routes a form (inside the center, to another department,
// to the higher-level office) and to which unit; the unit's written opinion when part 2 comes back; which agent
// replies to the customer.
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_ROUTES, ROUTE_DEADLINE, type ComplaintRoute } from '../../../../shared/complaints/route';
import type { DepartmentKind } from '../../../../shared/api';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments';
import { DateTimeField } from '../../components/DateTimeField';
import { Quote, type StepDialogProps } from './StepDialogs';
import { StepDialog, useComplaintStep } from './useComplaintStep';

function useUnits(kind: DepartmentKind) {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  return (departments.data?.items ?? []).filter((d) => d.active && d.kind === kind).map((d) => ({ id: d.id, label: departmentName(d, i18n.language) }));
}

export function RouteDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const step = useComplaintStep(complaint, onClose, 'notices.routed');
  const departments = useUnits('department');
  const offices = useUnits('higher_level');
  // The time each route allows, from the service-level policy in force.
  const policy = useApiQuery('sla.getPolicy', {}, { staleTime: 60_000 });
  const within = (r: ComplaintRoute) => {
    const rule = policy.data?.other[ROUTE_DEADLINE[r]];
    return rule ? t(`steps.route.within.${rule.unit}`, { count: rule.amount }) : '';
  };
  const [route, setRoute] = useState<ComplaintRoute>('internal');
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const units = route === 'transfer_higher_level' ? offices : departments;
  // The higher-level office is most often one: chosen for the user, as the back end would.
  const unitId = departmentId !== '' && units.some((u) => u.id === departmentId) ? departmentId : route === 'transfer_higher_level' && offices.length === 1 ? offices[0]!.id : '';
  const unitRequired = route === 'transfer_department';

  const submit = () => {
    if (unitRequired && unitId === '') return step.setProblems({ departmentId: t('errors:validation.required') });
    void step.run((version) => call('complaints.route', { id: complaint.id, version, route, ...(unitId !== '' && { departmentId: unitId }) }));
  };

  return (
    <StepDialog title={t('steps.route.title', { number: complaint.number })} testId="step-route" step={step} submitLabel={t('actions.route')} onClose={onClose} onSubmit={submit} maxWidth="md">
      <Quote label={t('fields.content')}>{complaint.part1.content}</Quote>
      <RadioGroup
        value={route}
        onChange={(event) => {
          setRoute(event.target.value as ComplaintRoute);
          setDepartmentId('');
          step.clear('departmentId');
        }}
      >
        {COMPLAINT_ROUTES.map((r) => (
          <FormControlLabel
            key={r}
            value={r}
            control={<Radio slotProps={{ input: { 'data-testid': `route-${r}` } as object }} />}
            label={
              <Stack>
                <Typography variant="body2">{t(`routes.${r}`)}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {[t(`steps.route.help.${r}`), within(r)].filter(Boolean).join(t('common:listSeparator'))}
                </Typography>
              </Stack>
            }
            sx={{ alignItems: 'flex-start', mb: 0.75, '& .MuiRadio-root': { pt: 0.25 } }}
          />
        ))}
      </RadioGroup>
      <TextField
        select
        label={t(route === 'internal' ? 'fields.handlingDepartment' : 'fields.transferUnit')}
        value={unitId}
        onChange={(event) => {
          setDepartmentId(event.target.value === '' ? '' : Number(event.target.value));
          step.clear('departmentId');
        }}
        required={unitRequired}
        error={!!step.problems.departmentId}
        helperText={step.problems.departmentId ?? (route === 'internal' ? t('steps.route.departmentOptional') : undefined)}
        slotProps={{ select: { displayEmpty: route === 'internal' }, inputLabel: { shrink: true } }}
        data-testid="route-unit"
      >
        {route === 'internal' && <MenuItem value="">{t('steps.route.theCenter')}</MenuItem>}
        {units.map((unit) => (
          <MenuItem key={unit.id} value={unit.id} data-testid={`route-unit-${unit.id}`}>
            {unit.label}
          </MenuItem>
        ))}
      </TextField>
    </StepDialog>
  );
}

export function OpinionDialog({ complaint, onClose }: StepDialogProps) {
  const { t, i18n } = useTranslation(['complaints', 'errors']);
  const step = useComplaintStep(complaint, onClose, 'notices.opinionRecorded');
  const [opinion, setOpinion] = useState('');
  const [opinionBy, setOpinionBy] = useState('');
  const [cameBackAt, setCameBackAt] = useState<number | null>(() => Date.now());
  const submit = () => {
    const missing: Record<string, string> = {};
    if (opinion.trim() === '') missing.opinion = t('errors:validation.required');
    if (opinionBy.trim() === '') missing.opinionBy = t('errors:validation.required');
    if (Object.keys(missing).length > 0) return step.setProblems(missing);
    void step.run((version) =>
      call('complaints.recordOpinion', { id: complaint.id, version, opinion: opinion.trim(), opinionBy: opinionBy.trim(), ...(cameBackAt !== null && { cameBackAt }) }),
    );
  };
  const unit = complaint.part2.transferUnit;
  return (
    <StepDialog title={t('steps.recordOpinion.title', { number: complaint.number })} testId="step-opinion" step={step} submitLabel={t('common:actions.save')} onClose={onClose} onSubmit={submit} maxWidth="md">
      <Quote label={t('fields.transferUnit')}>{unit ? departmentName(unit, i18n.language) : ''}</Quote>
      <TextField
        label={t('fields.opinion')}
        value={opinion}
        onChange={(event) => {
          setOpinion(event.target.value);
          step.clear('opinion');
        }}
        required
        multiline
        minRows={3}
        autoFocus
        error={!!step.problems.opinion}
        helperText={step.problems.opinion ?? t('steps.recordOpinion.help')}
        slotProps={{ htmlInput: { 'data-testid': 'step-opinion-text', maxLength: 4000 } }}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('fields.opinionBy')}
          value={opinionBy}
          onChange={(event) => {
            setOpinionBy(event.target.value);
            step.clear('opinionBy');
          }}
          required
          size="small"
          error={!!step.problems.opinionBy}
          helperText={step.problems.opinionBy}
          slotProps={{ htmlInput: { 'data-testid': 'step-opinion-by', maxLength: 60 } }}
        />
        <DateTimeField
          label={t('fields.cameBackAt')}
          value={cameBackAt}
          onChange={(value) => {
            setCameBackAt(value);
            step.clear('cameBackAt');
          }}
          testId="step-opinion-came-back"
          disableFuture
          error={!!step.problems.cameBackAt}
          helperText={step.problems.cameBackAt}
        />
      </Stack>
    </StepDialog>
  );
}

export function AssignDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const step = useComplaintStep(complaint, onClose, 'notices.replyAssigned');
  const agents = useApiQuery('users.directory', { role: 'agent' }, { staleTime: 60_000 });
  const [agentId, setAgentId] = useState<number | ''>(complaint.part1.replyAgentId ?? '');
  const submit = () => {
    if (agentId === '') return step.setProblems({ agentId: t('errors:validation.required') });
    void step.run((version) => call('complaints.assignReply', { id: complaint.id, version, agentId }));
  };
  return (
    <StepDialog title={t('steps.assignReply.title', { number: complaint.number })} testId="step-assign" step={step} submitLabel={t('actions.assignReply')} onClose={onClose} onSubmit={submit}>
      <Quote label={t('fields.result')}>{complaint.part1.result}</Quote>
      <TextField
        select
        label={t('fields.replyAgent')}
        value={agents.data?.items.some((a) => a.id === agentId) ? agentId : ''}
        onChange={(event) => {
          setAgentId(Number(event.target.value));
          step.clear('agentId');
        }}
        required
        error={!!step.problems.agentId}
        helperText={step.problems.agentId ?? t('steps.assignReply.help')}
        data-testid="step-assign-agent"
      >
        {(agents.data?.items ?? []).map((agent) => (
          <MenuItem key={agent.id} value={agent.id} data-testid={`step-assign-agent-${agent.id}`}>
            {agent.displayName}
          </MenuItem>
        ))}
      </TextField>
    </StepDialog>
  );
}
