// One step of a request's life that needs telling (ACTION_NEEDS): nature and department to analyse, solution and
// planned date to plan, a reason to hold, cancel or reopen. Saved against the version read.
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { ACTION_NEEDS, type RequestAction } from '../../../../../shared/requests/lifecycle';
import { useCurrentUser } from '../../../app/session';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { call } from '../../../lib/api';
import { apiErrorOf, errorMessage } from '../../../lib/errors';
import { useVersionedSave } from '../../../lib/formSave';
import { DateTimeField } from '../../../components/DateTimeField';
import { useDepartmentChoices } from '../useDepartments';
import { useRefreshReads } from '../../../lib/queries';

type Need = (typeof ACTION_NEEDS)[RequestAction][number];

export function ActionDialog({ request, action, onClose }: { request: ServiceRequest; action: RequestAction; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const refreshReads = useRefreshReads();
  const departments = useDepartmentChoices();
  const needs = ACTION_NEEDS[action];
  const [values, setValues] = useState({
    nature: request.nature,
    departmentId: request.departmentId === null ? '' : String(request.departmentId),
    solution: request.solution,
    plannedBy: request.plannedBy,
    reason: '',
  });
  const [takeOver, setTakeOver] = useState(request.ownerId === null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Need | 'ownerId', string>>>({});
  const [busy, setBusy] = useState(false);
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: request.version,
    fetchLatestVersion: async () => {
      const page = await call('requests.get', { id: request.id });
      void refreshReads('requests.transition');
      return page.request.version;
    },
    messageOf: (error) => {
      const found: typeof fieldErrors = {};
      for (const issue of apiErrorOf(error).details?.fields ?? []) found[issue.path as Need] = t(`errors:${issue.key}`, issue.params ?? {});
      setFieldErrors(found);
      return errorMessage(t, error);
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: typeof fieldErrors = {};
    for (const need of needs) {
      const value = values[need];
      if (value === null || (typeof value === 'string' && value.trim() === '')) missing[need] = t('errors:validation.required');
    }
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    await save(async () => {
      await call('requests.transition', {
        id: request.id,
        version,
        action,
        ...(needs.includes('nature') && { nature: values.nature }),
        ...(needs.includes('departmentId') && { departmentId: Number(values.departmentId) }),
        ...(action === 'analyse' && takeOver && { ownerId: me.id }),
        ...(needs.includes('solution') && { solution: values.solution }),
        ...(needs.includes('plannedBy') && values.plannedBy !== null && { plannedBy: values.plannedBy }),
        ...(needs.includes('reason') && { reason: values.reason }),
      });
      onClose();
    });
    setBusy(false);
  };

  const set = (key: keyof typeof values) => (value: string | number | null) => {
    setValues((current) => ({ ...current, [key]: value }));
    setFieldErrors((current) => ({ ...current, [key]: undefined }));
  };

  return (
    <Dialog open onClose={onClose} slotProps={{ paper: { 'data-testid': `action-dialog-${action}` } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t(`actions.${action}`)}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {t(`actionHelp.${action}`)}
            </Typography>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
            {needs.includes('nature') && (
              <TextField label={t('fields.nature')} value={values.nature} onChange={(event) => set('nature')(event.target.value)} required autoFocus error={!!fieldErrors.nature} helperText={fieldErrors.nature} slotProps={{ htmlInput: { 'data-testid': 'action-nature' } }} />
            )}
            {needs.includes('departmentId') && (
              <TextField select label={t('fields.department')} value={values.departmentId} onChange={(event) => set('departmentId')(event.target.value)} required error={!!fieldErrors.departmentId} helperText={fieldErrors.departmentId} data-testid="action-department">
                {departments.map((department) => (
                  <MenuItem key={department.id} value={String(department.id)} data-testid={`action-department-${department.id}`}>
                    {department.label}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {action === 'analyse' && (
              <FormControlLabel
                control={<Checkbox checked={takeOver} onChange={(event) => setTakeOver(event.target.checked)} slotProps={{ input: { 'data-testid': 'action-take-over' } as object }} />}
                label={t('actionHelp.takeOver', { name: me.displayName })}
              />
            )}
            {needs.includes('solution') && (
              <TextField label={t('fields.solution')} value={values.solution} onChange={(event) => set('solution')(event.target.value)} required autoFocus multiline minRows={3} error={!!fieldErrors.solution} helperText={fieldErrors.solution} slotProps={{ htmlInput: { 'data-testid': 'action-solution' } }} />
            )}
            {needs.includes('plannedBy') && (
              <DateTimeField label={t('fields.plannedBy')} value={values.plannedBy} onChange={set('plannedBy')} required testId="action-plannedBy" error={!!fieldErrors.plannedBy} helperText={fieldErrors.plannedBy ?? t('actionHelp.plannedBy')} />
            )}
            {needs.includes('reason') && (
              <TextField label={t('fields.reason')} value={values.reason} onChange={(event) => set('reason')(event.target.value)} required autoFocus multiline minRows={2} error={!!fieldErrors.reason} helperText={fieldErrors.reason} slotProps={{ htmlInput: { 'data-testid': 'action-reason' } }} />
            )}
          </Stack>
        </DialogContent>
        <SaveDialogActions version={version} busy={busy} onCancel={onClose} saveTestId="action-save" />
      </form>
    </Dialog>
  );
}
