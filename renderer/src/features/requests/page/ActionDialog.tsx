// One step of a request's life that needs telling (ACTION_NEEDS): nature and department to analyse, solution and
// planned date to plan, a reason to hold, cancel or reopen. Saved against the version read.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { ACTION_NEEDS, type RequestAction } from '../../../../../shared/requests/lifecycle';
import { useCurrentUser } from '../../../app/session';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { call } from '../../../lib/api';
import { useApiForm } from '../../../lib/apiForm';
import { DateTimeField } from '../../../components/DateTimeField';
import { useDeadlineFormat } from '../../../components/Deadline';
import { inputMaxLength } from '../../../../../shared/api/limits';
import { LongTextField } from '../../../components/LongTextField';
import { useDepartmentChoices } from '../useDepartments';

type Need = (typeof ACTION_NEEDS)[RequestAction][number];
type ActionValues = { nature: string; departmentId: string; solution: string; plannedBy: number | null; reason: string; takeOver: boolean };

/** What the step needs is required here, though the method takes each of them only with the steps that need it. */
function needed(needs: readonly Need[]) {
  return z.custom<ActionValues>().superRefine((values, ctx) => {
    for (const need of needs) {
      const value = values[need];
      if (value === null || (typeof value === 'string' && value.trim() === '')) ctx.addIssue({ code: 'custom', path: [need], message: 'validation.required' });
    }
  });
}

export function ActionDialog({ request, action, onClose }: { request: ServiceRequest; action: RequestAction; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const departments = useDepartmentChoices();
  const needs = ACTION_NEEDS[action];
  const deadline = useDeadlineFormat();
  // A plan that ends after the solution deadline is asked about once; the time kept is saved as it is.
  const [lateWarned, setLateWarned] = useState<number | null>(null);
  const lateKept = useRef<number | null>(null);
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method: 'requests.transition',
    defaultValues: {
      nature: request.nature,
      departmentId: request.departmentId === null ? '' : String(request.departmentId),
      solution: request.solution,
      plannedBy: request.plannedBy,
      reason: '',
      takeOver: request.ownerId === null,
    } satisfies ActionValues as ActionValues,
    toInput: (values: ActionValues, version) => ({
      id: request.id,
      version,
      action,
      ...(needs.includes('nature') && { nature: values.nature }),
      ...(needs.includes('departmentId') && { departmentId: Number(values.departmentId) }),
      ...(action === 'analyse' && values.takeOver && { ownerId: me.id }),
      ...(needs.includes('solution') && { solution: values.solution }),
      ...(needs.includes('plannedBy') && values.plannedBy !== null && { plannedBy: values.plannedBy }),
      ...(needs.includes('reason') && { reason: values.reason }),
    }),
    formSchema: needed(needs),
    prepare: async (input) => {
      const planned = input.plannedBy;
      if (planned !== undefined && planned > request.deadlines.solveBy && planned !== lateKept.current) {
        setLateWarned(planned);
        return null;
      }
      return input;
    },
    versioned: { version: request.version, latestVersion: async () => (await call('requests.get', { id: request.id })).request.version },
    onSaved: () => onClose(),
  });
  const { register, control, formState: { errors } } = form;
  const plannedBy = form.watch('plannedBy');

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} slotProps={{ paper: { 'data-testid': `action-dialog-${action}` } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t(`actions.${action}`)}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {t(`actionHelp.${action}`)}
            </Typography>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            {needs.includes('nature') && (
              <TextField label={t('fields.nature')} {...register('nature')} required autoFocus error={!!errors.nature} helperText={errors.nature?.message} slotProps={{ htmlInput: { 'data-testid': 'action-nature' } }} />
            )}
            {needs.includes('departmentId') && (
              <Controller
                control={control}
                name="departmentId"
                render={({ field }) => (
                  <TextField select label={t('fields.department')} {...field} required error={!!errors.departmentId} helperText={errors.departmentId?.message} data-testid="action-department">
                    {departments.map((department) => (
                      <MenuItem key={department.id} value={String(department.id)} data-testid={`action-department-${department.id}`}>
                        {department.label}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
            )}
            {action === 'analyse' && (
              <Controller
                control={control}
                name="takeOver"
                render={({ field }) => (
                  <FormControlLabel
                    control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { 'data-testid': 'action-take-over' } as object }} />}
                    label={t('actionHelp.takeOver', { name: me.displayName })}
                  />
                )}
              />
            )}
            {needs.includes('solution') && (
              <LongTextField label={t('fields.solution')} {...register('solution')} text={form.watch('solution')} max={inputMaxLength('requests.transition', 'solution')} required autoFocus minRows={3} error={!!errors.solution} helperText={errors.solution?.message} testId="action-solution" />
            )}
            {needs.includes('plannedBy') && (
              <Controller
                control={control}
                name="plannedBy"
                render={({ field }) => (
                  <DateTimeField
                    label={t('fields.plannedBy')}
                    value={field.value}
                    onChange={field.onChange}
                    required
                    testId="action-plannedBy"
                    error={!!errors.plannedBy}
                    helperText={errors.plannedBy?.message ?? t('actionHelp.plannedBy')}
                  />
                )}
              />
            )}
            {lateWarned !== null && lateWarned === plannedBy && (
              <Alert
                severity="warning"
                data-testid="plan-after-deadline"
                action={
                  <Button
                    color="inherit"
                    size="small"
                    data-testid="plan-after-deadline-keep"
                    onClick={() => {
                      lateKept.current = lateWarned;
                      void submit();
                    }}
                  >
                    {t('plan.keepLate')}
                  </Button>
                }
              >
                {t('plan.afterDeadline', { deadline: deadline(request.deadlines.solveBy) })}
              </Alert>
            )}
            {needs.includes('reason') && (
              <LongTextField label={t('fields.reason')} {...register('reason')} text={form.watch('reason')} max={inputMaxLength('requests.transition', 'reason')} required autoFocus minRows={2} error={!!errors.reason} helperText={errors.reason?.message} testId="action-reason" />
            )}
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="action-save" />
      </form>
    </Dialog>
  );
}
