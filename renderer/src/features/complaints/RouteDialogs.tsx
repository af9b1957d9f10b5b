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
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { COMPLAINT_ROUTES, ROUTE_DEADLINE, type ComplaintRoute } from '../../../../shared/complaints/route';
import type { DepartmentKind } from '../../../../shared/api';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments';
import { inputMaxLength } from '../../../../shared/api/limits';
import { DateTimeField } from '../../components/DateTimeField';
import { LongTextField } from '../../components/LongTextField';
import { Quote, type StepDialogProps } from './StepDialogs';
import { StepDialog, useComplaintStep } from './useComplaintStep';

function useUnits(kind: DepartmentKind) {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  return (departments.data?.items ?? []).filter((d) => d.active && d.kind === kind).map((d) => ({ id: d.id, label: departmentName(d, i18n.language) }));
}

type RouteValues = { route: ComplaintRoute; departmentId: number | '' };

export function RouteDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const departments = useUnits('department');
  const offices = useUnits('higher_level');
  // The time each route allows, from the service-level policy in force.
  const policy = useApiQuery('sla.getPolicy', {}, { staleTime: 60_000 });
  const within = (r: ComplaintRoute) => {
    const rule = policy.data?.other[ROUTE_DEADLINE[r]];
    return rule ? t(`steps.route.within.${rule.unit}`, { count: rule.amount }) : '';
  };
  const unitsOf = (route: ComplaintRoute) => (route === 'transfer_higher_level' ? offices : departments);
  // The higher-level office is most often one: chosen for the user, as the back end would.
  const unitOf = ({ route, departmentId }: RouteValues) =>
    departmentId !== '' && unitsOf(route).some((u) => u.id === departmentId) ? departmentId : route === 'transfer_higher_level' && offices.length === 1 ? offices[0]!.id : '';
  const step = useComplaintStep(complaint, onClose, 'notices.routed', {
    method: 'complaints.route',
    defaultValues: { route: 'internal', departmentId: '' } satisfies RouteValues as RouteValues,
    toInput: (values: RouteValues, version) => {
      const unit = unitOf(values);
      return { id: complaint.id, version, route: values.route, ...(unit !== '' && { departmentId: unit }) };
    },
    // Another department must be named; inside the center it may be, and the higher-level office is the one there is.
    formSchema: z
      .custom<RouteValues>()
      .superRefine((values, ctx) => {
        if (values.route === 'transfer_department' && unitOf(values) === '') ctx.addIssue({ code: 'custom', path: ['departmentId'], message: 'validation.required' });
      }),
  });
  const { control, setValue, clearErrors, formState: { errors } } = step.form;
  const values = useWatch({ control }) as RouteValues;
  const route = values.route;
  const units = unitsOf(route);
  const unitId = unitOf(values);
  const unitRequired = route === 'transfer_department';

  return (
    <StepDialog title={t('steps.route.title', { number: complaint.number })} testId="step-route" step={step} submitLabel={t('actions.route')} onClose={onClose} maxWidth="md">
      <Quote label={t('fields.content')}>{complaint.part1.content}</Quote>
      <Controller
        control={control}
        name="route"
        render={({ field }) => (
          <RadioGroup
            value={field.value}
            onChange={(event) => {
              field.onChange(event.target.value as ComplaintRoute);
              setValue('departmentId', '');
              clearErrors('departmentId');
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
        )}
      />
      <Controller
        control={control}
        name="departmentId"
        render={({ field }) => (
          <TextField
            select
            label={t(route === 'internal' ? 'fields.handlingDepartment' : 'fields.transferUnit')}
            value={unitId}
            onChange={(event) => field.onChange(event.target.value === '' ? '' : Number(event.target.value))}
            onBlur={field.onBlur}
            required={unitRequired}
            error={!!errors.departmentId}
            helperText={errors.departmentId?.message ?? (route === 'internal' ? t('steps.route.departmentOptional') : undefined)}
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
        )}
      />
    </StepDialog>
  );
}

type OpinionValues = { opinion: string; opinionBy: string; cameBackAt: number | null };

export function OpinionDialog({ complaint, onClose }: StepDialogProps) {
  const { t, i18n } = useTranslation(['complaints', 'errors']);
  const [openedAt] = useState(() => Date.now());
  const step = useComplaintStep(complaint, onClose, 'notices.opinionRecorded', {
    method: 'complaints.recordOpinion',
    defaultValues: { opinion: '', opinionBy: '', cameBackAt: openedAt } satisfies OpinionValues as OpinionValues,
    // No time: now.
    toInput: (values: OpinionValues, version) => ({
      id: complaint.id,
      version,
      opinion: values.opinion.trim(),
      opinionBy: values.opinionBy.trim(),
      ...(values.cameBackAt !== null && { cameBackAt: values.cameBackAt }),
    }),
  });
  const { register, control, formState: { errors } } = step.form;
  const unit = complaint.part2.transferUnit;
  return (
    <StepDialog title={t('steps.recordOpinion.title', { number: complaint.number })} testId="step-opinion" step={step} submitLabel={t('common:actions.save')} onClose={onClose} maxWidth="md">
      <Quote label={t('fields.transferUnit')}>{unit ? departmentName(unit, i18n.language) : ''}</Quote>
      <LongTextField
        label={t('fields.opinion')}
        {...register('opinion')}
        text={step.form.watch('opinion')}
        max={inputMaxLength('complaints.recordOpinion', 'opinion')}
        required
        minRows={3}
        autoFocus
        error={!!errors.opinion}
        helperText={errors.opinion?.message ?? t('steps.recordOpinion.help')}
        testId="step-opinion-text"
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('fields.opinionBy')}
          {...register('opinionBy')}
          required
          size="small"
          error={!!errors.opinionBy}
          helperText={errors.opinionBy?.message}
          slotProps={{ htmlInput: { 'data-testid': 'step-opinion-by', maxLength: 60 } }}
        />
        <Controller
          control={control}
          name="cameBackAt"
          render={({ field }) => (
            <DateTimeField
              label={t('fields.cameBackAt')}
              value={field.value}
              onChange={field.onChange}
              testId="step-opinion-came-back"
              disableFuture
              error={!!errors.cameBackAt}
              helperText={errors.cameBackAt?.message}
            />
          )}
        />
      </Stack>
    </StepDialog>
  );
}

export function AssignDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const agents = useApiQuery('users.directory', { role: 'agent' }, { staleTime: 60_000 });
  const step = useComplaintStep(complaint, onClose, 'notices.replyAssigned', {
    method: 'complaints.assignReply',
    defaultValues: { agentId: complaint.part1.replyAgentId ?? '' } satisfies { agentId: number | '' } as { agentId: number | '' },
    toInput: ({ agentId }: { agentId: number | '' }, version) => ({ id: complaint.id, version, agentId: agentId === '' ? undefined : agentId }),
  });
  const { control, formState: { errors } } = step.form;
  return (
    <StepDialog title={t('steps.assignReply.title', { number: complaint.number })} testId="step-assign" step={step} submitLabel={t('actions.assignReply')} onClose={onClose}>
      <Quote label={t('fields.result')}>{complaint.part1.result}</Quote>
      <Controller
        control={control}
        name="agentId"
        render={({ field }) => (
          <TextField
            select
            label={t('fields.replyAgent')}
            value={agents.data?.items.some((a) => a.id === field.value) ? field.value : ''}
            onChange={(event) => field.onChange(Number(event.target.value))}
            onBlur={field.onBlur}
            required
            error={!!errors.agentId}
            helperText={errors.agentId?.message ?? t('steps.assignReply.help')}
            data-testid="step-assign-agent"
          >
            {(agents.data?.items ?? []).map((agent) => (
              <MenuItem key={agent.id} value={agent.id} data-testid={`step-assign-agent-${agent.id}`}>
                {agent.displayName}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </StepDialog>
  );
}
