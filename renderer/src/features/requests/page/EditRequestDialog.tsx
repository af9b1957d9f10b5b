// Changing a request against the version read: priority (the deadlines are recomputed), subject, description, the
// caller, owner and department, whether it is complex, and what the caller reported of a fault.
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../../shared/api';
import { PRIORITIES, type Priority, type ServiceRequest } from '../../../../../shared/api/requests';
import { fieldIssuesFrom } from '../../../../../shared/api/validation';
import { useNotify } from '../../../app/notify';
import { useCurrentUser } from '../../../app/session';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { call } from '../../../lib/api';
import { apiErrorOf, errorMessage } from '../../../lib/errors';
import { useVersionedSave } from '../../../lib/formSave';
import { emptyFault, type DraftFault } from '../call/callDraft';
import { FaultFields } from '../call/FaultFields';
import { useDepartmentChoices, useOwnerChoices } from '../useDepartments';
import { useRefreshReads } from '../../../lib/queries';

const NO_DEPARTMENT = '';
/** Keep the owner, nobody, or a colleague's id. */
type Owner = 'keep' | 'none' | `${number}`;

export function EditRequestDialog({ request, onClose }: { request: ServiceRequest; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const refreshReads = useRefreshReads();
  const departments = useDepartmentChoices();
  const [values, setValues] = useState({
    priority: request.priority,
    subject: request.subject,
    description: request.description,
    callerName: request.callerName,
    callerPhone: request.callerPhone,
    complex: request.complex,
    departmentId: request.departmentId === null ? NO_DEPARTMENT : String(request.departmentId),
  });
  const [owner, setOwner] = useState<Owner>('keep');
  const owners = useOwnerChoices();
  const [fault, setFault] = useState<DraftFault>(request.fault ?? emptyFault());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: request.version,
    fetchLatestVersion: async () => {
      const page = await call('requests.get', { id: request.id });
      void refreshReads('requests.update');
      return page.request.version;
    },
    messageOf: (error) => {
      const found: Record<string, string> = {};
      for (const issue of apiErrorOf(error).details?.fields ?? []) found[issue.path] ??= t(`errors:${issue.key}`, issue.params ?? {});
      setErrors(found);
      return errorMessage(t, error);
    },
  });
  const set = <K extends keyof typeof values>(key: K) => (value: (typeof values)[K]) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      id: request.id,
      version,
      priority: values.priority,
      subject: values.subject,
      description: values.description,
      callerName: values.callerName,
      callerPhone: values.callerPhone,
      complex: values.complex,
      departmentId: values.departmentId === NO_DEPARTMENT ? null : Number(values.departmentId),
      ...(owner !== 'keep' && { ownerId: owner === 'none' ? null : Number(owner) }),
      ...(request.kind === 'fault' && { fault }),
    };
    const parsed = api['requests.update'].input.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of fieldIssuesFrom(parsed.error)) found[issue.path] ??= t(`errors:${issue.key}`, issue.params ?? {});
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    await save(async () => {
      await call('requests.update', input);
      notify(t('page.saved', { number: request.number }));
      onClose();
    });
    setBusy(false);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" slotProps={{ paper: { 'data-testid': 'request-edit-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('page.editTitle', { number: request.number })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
            <Stack direction="row" spacing={2}>
              <TextField select label={t('fields.priority')} value={values.priority} onChange={(event) => set('priority')(event.target.value as Priority)} helperText={t('page.priorityHelp')} data-testid="edit-priority">
                {PRIORITIES.map((priority) => (
                  <MenuItem key={priority} value={priority} data-testid={`edit-priority-${priority}`}>
                    {t(`priorities.${priority}`)}
                  </MenuItem>
                ))}
              </TextField>
              <FormControlLabel
                sx={{ flexShrink: 0 }}
                control={<Checkbox checked={values.complex} onChange={(event) => set('complex')(event.target.checked)} slotProps={{ input: { 'data-testid': 'edit-complex' } as object }} />}
                label={t('fields.complexHelp')}
              />
            </Stack>
            <TextField label={t('fields.subject')} value={values.subject} onChange={(event) => set('subject')(event.target.value)} required error={!!errors.subject} helperText={errors.subject} slotProps={{ htmlInput: { 'data-testid': 'edit-subject' } }} />
            <TextField label={t('fields.description')} value={values.description} onChange={(event) => set('description')(event.target.value)} multiline minRows={2} error={!!errors.description} helperText={errors.description} />
            <Stack direction="row" spacing={2}>
              <TextField label={t('fields.callerName')} value={values.callerName} onChange={(event) => set('callerName')(event.target.value)} error={!!errors.callerName} helperText={errors.callerName} />
              <TextField label={t('fields.callerPhone')} value={values.callerPhone} onChange={(event) => set('callerPhone')(event.target.value)} error={!!errors.callerPhone} helperText={errors.callerPhone} />
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField select label={t('fields.department')} value={values.departmentId} onChange={(event) => set('departmentId')(event.target.value)} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
                <MenuItem value={NO_DEPARTMENT}>{t('page.noDepartment')}</MenuItem>
                {departments.map((department) => (
                  <MenuItem key={department.id} value={String(department.id)}>
                    {department.label}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label={t('fields.owner')} value={owner} onChange={(event) => setOwner(event.target.value as Owner)} data-testid="edit-owner">
                <MenuItem value="keep">{t('page.ownerKeep', { name: request.ownerName ?? t('page.nobody') })}</MenuItem>
                {request.ownerId !== me.id && <MenuItem value={String(me.id)}>{t('page.ownerMe', { name: me.displayName })}</MenuItem>}
                {owners
                  .filter((colleague) => colleague.id !== me.id && colleague.id !== request.ownerId)
                  .map((colleague) => (
                    <MenuItem key={colleague.id} value={String(colleague.id)} data-testid={`edit-owner-${colleague.id}`}>
                      {colleague.label}
                    </MenuItem>
                  ))}
                {request.ownerId !== null && <MenuItem value="none">{t('page.ownerNone')}</MenuItem>}
              </TextField>
            </Stack>
            {request.kind === 'fault' && (
              <>
                <Divider textAlign="left">
                  <Typography variant="caption" color="text.secondary">
                    {t('fault.title')}
                  </Typography>
                </Divider>
                <FaultFields value={fault} onChange={(patch) => setFault((current) => ({ ...current, ...patch }))} testIdPrefix="edit" />
              </>
            )}
          </Stack>
        </DialogContent>
        <SaveDialogActions version={version} busy={busy} onCancel={onClose} saveTestId="edit-save" />
      </form>
    </Dialog>
  );
}
