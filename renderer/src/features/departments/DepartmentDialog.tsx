import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DEPARTMENT_KINDS, nameSchema, type Department } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useVersionedSave } from '../../lib/formSave';
import { useRefreshReads } from '../../lib/queries';

const departmentForm = z.object({
  name: nameSchema,
  nameEn: z.string().trim().max(100),
  kind: z.enum(DEPARTMENT_KINDS),
  active: z.boolean(),
});
const FIELDS = ['name', 'nameEn', 'kind', 'active'] as const;

export function DepartmentDialog({ department, onClose }: { department: Department | null; onClose: () => void }) {
  const { t } = useTranslation(['departments', 'common']);
  const refreshReads = useRefreshReads();
  const notify = useNotify();
  const { register, control, handleSubmit, setError, formState } = useForm<
    z.input<typeof departmentForm>,
    unknown,
    z.output<typeof departmentForm>
  >({
    resolver: translatedResolver(departmentForm, t),
    defaultValues: {
      name: department?.name ?? '',
      nameEn: department?.nameEn ?? '',
      kind: department?.kind ?? 'department',
      active: department?.active ?? true,
    },
  });
  const { errors, isSubmitting } = formState;
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: department?.version ?? 0,
    fetchLatestVersion: department
      ? async () => {
          const { items } = await call('departments.list', { includeInactive: true });
          void refreshReads('departments.update');
          return items.find((d) => d.id === department.id)?.version;
        }
      : undefined,
    messageOf: (error) => applyApiError(t, error, setError, FIELDS),
  });

  const onSubmit = handleSubmit((values) =>
    save(async () => {
      const saved = department
        ? await call('departments.update', { id: department.id, version, ...values })
        : await call('departments.create', { name: values.name, nameEn: values.nameEn, kind: values.kind });
      notify(t(department ? 'updated' : 'created', { name: saved.name }));
      onClose();
    }),
  );

  return (
    <Dialog open onClose={onClose} maxWidth="xs">
      <form onSubmit={onSubmit} noValidate data-testid="department-dialog">
        <DialogTitle>{department ? t('dialog.editTitle', { name: department.name }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
            <TextField
              label={t('dialog.name')}
              {...register('name')}
              error={!!errors.name}
              helperText={errors.name?.message}
              autoFocus
              slotProps={{ htmlInput: { 'data-testid': 'department-name' } }}
            />
            <TextField
              label={t('dialog.nameEn')}
              {...register('nameEn')}
              error={!!errors.nameEn}
              helperText={errors.nameEn?.message ?? t('dialog.nameEnHelp')}
              slotProps={{ htmlInput: { 'data-testid': 'department-name-en' } }}
            />
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <TextField select label={t('dialog.kind')} {...field} error={!!errors.kind} helperText={errors.kind?.message}>
                  {DEPARTMENT_KINDS.map((kind) => (
                    <MenuItem key={kind} value={kind}>
                      {t(`kinds.${kind}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            {department && (
              <Controller
                control={control}
                name="active"
                render={({ field }) => (
                  <FormControlLabel
                    control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                    label={t('dialog.active')}
                  />
                )}
              />
            )}
          </Stack>
        </DialogContent>
        <SaveDialogActions version={department ? version : null} busy={isSubmitting} onCancel={onClose} saveTestId="department-save" />
      </form>
    </Dialog>
  );
}
