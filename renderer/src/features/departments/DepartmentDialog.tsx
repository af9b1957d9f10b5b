import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_KINDS, type Department, type DepartmentKind } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';

type DepartmentValues = { name: string; nameEn: string; kind: DepartmentKind; active: boolean };

const valuesOf = (department: Department | null): DepartmentValues => ({
  name: department?.name ?? '',
  nameEn: department?.nameEn ?? '',
  kind: department?.kind ?? 'department',
  active: department?.active ?? true,
});

export function DepartmentDialog({ department, onClose }: { department: Department | null; onClose: () => void }) {
  const { t } = useTranslation(['departments', 'common']);
  const notify = useNotify();
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges, askBeforeClosing } = useApiForm({
    method: department ? 'departments.update' : 'departments.create',
    defaultValues: valuesOf(department),
    toInput: (values: DepartmentValues, version) =>
      department ? { id: department.id, version, ...values } : { name: values.name, nameEn: values.nameEn, kind: values.kind },
    versioned: department
      ? {
          version: department.version,
          latest: async () => {
            const latest = (await call('departments.list', { includeInactive: true })).items.find((d) => d.id === department.id);
            return latest && { version: latest.version, values: valuesOf(latest) };
          },
        }
      : undefined,
    onSaved: (saved) => {
      notify(t(department ? 'updated' : 'created', { name: saved.name }));
      onClose();
    },
  });
  const { register, control, formState: { errors } } = form;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="xs">
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="department-dialog">
        <DialogTitle>{department ? t('dialog.editTitle', { name: department.name }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <TheirChangesAlert
              changes={theirChanges}
              words={{
                labels: { name: t('dialog.name'), nameEn: t('dialog.nameEn'), kind: t('dialog.kind'), active: t('dialog.active') },
                show: (field, value) => (field === 'kind' ? t(`kinds.${value as DepartmentKind}`) : undefined),
              }}
            />
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
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="department-save" />
      </form>
    </Dialog>
  );
}
