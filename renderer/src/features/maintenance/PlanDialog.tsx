// A maintenance plan (日常巡检计划): visits every so many days to a customer, one of its sites or one unit, the next due
// on a day; a plan made is changed (interval, next due date, notes) or stopped, never moved to another target.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Equipment } from '../../../../shared/api';
import type { CustomerMaintenance, MaintenancePlan } from '../../../../shared/api/maintenance';
import { inputMaxLength } from '../../../../shared/api/limits';
import { useNotify } from '../../app/notify';
import { CalendarDateField } from '../../components/CalendarDateField';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LongTextField } from '../../components/LongTextField';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { planInput, planValuesOf, targetOf, type PlanValues } from './plans';

function IntervalAndDue({ form }: { form: UseFormReturn<PlanValues> }) {
  const { t } = useTranslation('maintenance');
  const errors = form.formState.errors;
  return (
    <Stack direction="row" spacing={2}>
      <TextField
        {...form.register('intervalDays')}
        label={t('fields.intervalDays')}
        required
        error={!!errors.intervalDays}
        helperText={errors.intervalDays?.message}
        sx={{ width: 180 }}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'plan-interval' } }}
      />
      <Controller
        control={form.control}
        name="nextDueDate"
        render={({ field, fieldState }) => (
          <CalendarDateField label={t('fields.nextDueDate')} value={field.value} onChange={field.onChange} required error={!!fieldState.error} helperText={fieldState.error?.message} testId="plan-next-due" />
        )}
      />
    </Stack>
  );
}

export function NewPlanDialog({ maintenance, equipment, onClose }: { maintenance: CustomerMaintenance; equipment: Equipment[]; onClose: () => void }) {
  const { t } = useTranslation('maintenance');
  const notify = useNotify();
  const form = useApiForm({
    method: 'maintenance.createPlan',
    defaultValues: planValuesOf(null),
    fieldOf: (path) => (path === 'siteId' || path === 'equipmentId' ? 'target' : undefined),
    toInput: (values: PlanValues) => ({ customerId: maintenance.customerId, ...targetOf(values.target), ...planInput(values) }),
    onSaved: () => {
      notify(t('plan.created'));
      onClose();
    },
  });
  const { register, watch, formState } = form.form;
  return (
    <Dialog open onClose={form.askBeforeClosing(onClose)} maxWidth="sm" fullWidth>
      <form onSubmit={(event) => void form.submit(event)} noValidate data-testid="plan-dialog">
        <DialogTitle>{t('plan.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={form.formError} />
            <Controller
              control={form.form.control}
              name="target"
              render={({ field, fieldState }) => (
                <TextField
                  select
                  label={t('fields.target')}
                  value={field.value}
                  onChange={(event) => field.onChange(event.target.value)}
                  error={!!fieldState.error}
                  helperText={fieldState.error?.message}
                  slotProps={{ htmlInput: { 'data-testid': 'plan-target' } }}
                >
                  <MenuItem value="customer">{t('plan.wholeCustomer')}</MenuItem>
                  {maintenance.sites.map((site) => (
                    <MenuItem key={site.siteId} value={`site:${site.siteId}`}>
                      {t('plan.site', { name: site.siteName })}
                    </MenuItem>
                  ))}
                  {equipment.map((unit) => (
                    <MenuItem key={unit.id} value={`equipment:${unit.id}`}>
                      {t('plan.unit', { model: unit.model, serial: unit.serialNumber })}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <IntervalAndDue form={form.form} />
            <LongTextField {...register('notes')} label={t('fields.notes')} text={watch('notes')} max={inputMaxLength('maintenance.createPlan', 'notes')} error={!!formState.errors.notes} helperText={formState.errors.notes?.message} testId="plan-notes" />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={form.busy} onCancel={form.askBeforeClosing(onClose)} saveTestId="plan-save" />
      </form>
    </Dialog>
  );
}

export function EditPlanDialog({ plan, onClose }: { plan: MaintenancePlan; onClose: () => void }) {
  const { t } = useTranslation('maintenance');
  const notify = useNotify();
  const form = useApiForm({
    method: 'maintenance.updatePlan',
    defaultValues: planValuesOf(plan),
    versioned: {
      version: plan.version,
      latest: async () => {
        const latest = (await call('maintenance.plans', { customerId: plan.customerId })).find((p) => p.id === plan.id);
        return latest && { version: latest.version, values: planValuesOf(latest) };
      },
    },
    toInput: (values: PlanValues, version) => ({ id: plan.id, version, active: values.active, ...planInput(values) }),
    onSaved: (saved) => {
      notify(t(saved.active ? 'plan.saved' : 'plan.stopped'));
      onClose();
    },
  });
  const { register, watch, formState } = form.form;
  return (
    <Dialog open onClose={form.askBeforeClosing(onClose)} maxWidth="sm" fullWidth>
      <form onSubmit={(event) => void form.submit(event)} noValidate data-testid="plan-dialog">
        <DialogTitle>{t('plan.editTitle', { target: plan.equipmentLabel ?? plan.siteName ?? plan.customerName })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={form.formError} conflict={form.conflict} changedElsewhere={form.changedElsewhere} onLoadLatest={form.loadLatest} />
            <IntervalAndDue form={form.form} />
            <LongTextField {...register('notes')} label={t('fields.notes')} text={watch('notes')} max={inputMaxLength('maintenance.updatePlan', 'notes')} error={!!formState.errors.notes} helperText={formState.errors.notes?.message} testId="plan-notes" />
            <Controller
              control={form.form.control}
              name="active"
              render={({ field }) => (
                <FormControlLabel
                  control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { 'data-testid': 'plan-active' } as object }} />}
                  label={t(field.value ? 'plan.activeOn' : 'plan.activeOff')}
                />
              )}
            />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={form.busy} onCancel={form.askBeforeClosing(onClose)} saveTestId="plan-save" />
      </form>
    </Dialog>
  );
}
