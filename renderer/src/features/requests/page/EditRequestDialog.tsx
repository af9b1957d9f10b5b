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
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority, type ServiceRequest } from '../../../../../shared/api/requests';
import { useNotify } from '../../../app/notify';
import { useCurrentUser } from '../../../app/session';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../../components/TheirChangesAlert';
import { useFormat } from '../../../lib/format';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { inputMaxLength } from '../../../../../shared/api/limits';
import { LongTextField } from '../../../components/LongTextField';
import { call } from '../../../lib/api';
import { useApiForm } from '../../../lib/apiForm';
import { emptyFault, type DraftFault } from '../call/callDraft';
import { FaultFields } from '../call/FaultFields';
import { useDepartmentChoices, useOwnerChoices } from '../useDepartments';

const NO_DEPARTMENT = '';
/** Keep the owner, nobody, or a colleague's id. */
type Owner = 'keep' | 'none' | `${number}`;
const FAULT_FIELDS = ['occurredAt', 'nature', 'category', 'location', 'impact', 'userActions'] as const;

interface EditValues {
  priority: Priority;
  subject: string;
  description: string;
  callerName: string;
  callerPhone: string;
  complex: boolean;
  departmentId: string;
  owner: Owner;
  fault: DraftFault;
}

function valuesOf(request: ServiceRequest): EditValues {
  return {
    priority: request.priority,
    subject: request.subject,
    description: request.description,
    callerName: request.callerName,
    callerPhone: request.callerPhone,
    complex: request.complex,
    departmentId: request.departmentId === null ? NO_DEPARTMENT : String(request.departmentId),
    owner: 'keep',
    fault: request.fault ?? emptyFault(),
  };
}

export function EditRequestDialog({ request, onClose }: { request: ServiceRequest; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const departments = useDepartmentChoices();
  const format = useFormat();
  const owners = useOwnerChoices();
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges, askBeforeClosing } = useApiForm({
    method: 'requests.update',
    defaultValues: valuesOf(request),
    toInput: (values: EditValues, version) => ({
      id: request.id,
      version,
      priority: values.priority,
      subject: values.subject,
      description: values.description,
      callerName: values.callerName,
      callerPhone: values.callerPhone,
      complex: values.complex,
      departmentId: values.departmentId === NO_DEPARTMENT ? null : Number(values.departmentId),
      ...(values.owner !== 'keep' && { ownerId: values.owner === 'none' ? null : Number(values.owner) }),
      ...(request.kind === 'fault' && { fault: values.fault }),
    }),
    fieldOf: (path) => (path === 'ownerId' ? 'owner' : undefined),
    versioned: {
      version: request.version,
      latest: async () => {
        const latest = (await call('requests.get', { id: request.id })).request;
        return { version: latest.version, values: valuesOf(latest) };
      },
    },
    onSaved: () => {
      notify(t('page.saved', { number: request.number }));
      onClose();
    },
  });
  const { register, control, formState: { errors } } = form;
  const faultErrors = Object.fromEntries(FAULT_FIELDS.map((key) => [key, errors.fault?.[key]?.message]));

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="md" slotProps={{ paper: { 'data-testid': 'request-edit-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('page.editTitle', { number: request.number })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <TheirChangesAlert
              changes={theirChanges}
              words={{
                labels: {
                  ...Object.fromEntries(['priority', 'subject', 'description', 'callerName', 'callerPhone', 'complex'].map((name) => [name, t(`fields.${name}`)])),
                  departmentId: t('fields.department'),
                  ...Object.fromEntries(FAULT_FIELDS.map((name) => [`fault.${name}`, t(`fault.${name}`)])),
                },
                show: (field, value) =>
                  field === 'priority'
                    ? t(`priorities.${value as Priority}`)
                    : field === 'departmentId'
                      ? (departments.find((department) => String(department.id) === value)?.label ?? t('page.noDepartment'))
                      : field === 'fault.occurredAt' && typeof value === 'number'
                        ? format.dateTime(value)
                        : undefined,
              }}
            />
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="priority"
                render={({ field }) => (
                  <TextField select label={t('fields.priority')} {...field} helperText={t('page.priorityHelp')} data-testid="edit-priority">
                    {PRIORITIES.map((priority) => (
                      <MenuItem key={priority} value={priority} data-testid={`edit-priority-${priority}`}>
                        {t(`priorities.${priority}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
              <Controller
                control={control}
                name="complex"
                render={({ field }) => (
                  <FormControlLabel
                    sx={{ flexShrink: 0 }}
                    control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { 'data-testid': 'edit-complex' } as object }} />}
                    label={t('fields.complexHelp')}
                  />
                )}
              />
            </Stack>
            <TextField label={t('fields.subject')} {...register('subject')} required error={!!errors.subject} helperText={errors.subject?.message} slotProps={{ htmlInput: { 'data-testid': 'edit-subject' } }} />
            <LongTextField label={t('fields.description')} {...register('description')} text={form.watch('description')} max={inputMaxLength('requests.update', 'description')} minRows={2} error={!!errors.description} helperText={errors.description?.message} testId="edit-description" />
            <Stack direction="row" spacing={2}>
              <TextField label={t('fields.callerName')} {...register('callerName')} error={!!errors.callerName} helperText={errors.callerName?.message} />
              <TextField label={t('fields.callerPhone')} {...register('callerPhone')} error={!!errors.callerPhone} helperText={errors.callerPhone?.message} />
            </Stack>
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="departmentId"
                render={({ field }) => (
                  <TextField
                    select
                    label={t('fields.department')}
                    {...field}
                    error={!!errors.departmentId}
                    helperText={errors.departmentId?.message}
                    slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                  >
                    <MenuItem value={NO_DEPARTMENT}>{t('page.noDepartment')}</MenuItem>
                    {departments.map((department) => (
                      <MenuItem key={department.id} value={String(department.id)}>
                        {department.label}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
              <Controller
                control={control}
                name="owner"
                render={({ field }) => (
                  <TextField select label={t('fields.owner')} {...field} error={!!errors.owner} helperText={errors.owner?.message} data-testid="edit-owner">
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
                )}
              />
            </Stack>
            {request.kind === 'fault' && (
              <>
                <Divider textAlign="left">
                  <Typography variant="caption" color="text.secondary">
                    {t('fault.title')}
                  </Typography>
                </Divider>
                <Controller
                  control={control}
                  name="fault"
                  render={({ field }) => (
                    <FaultFields value={field.value} onChange={(patch) => field.onChange({ ...field.value, ...patch })} errors={faultErrors} testIdPrefix="edit" />
                  )}
                />
              </>
            )}
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="edit-save" />
      </form>
    </Dialog>
  );
}
