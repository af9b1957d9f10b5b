import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DEPARTMENT_KINDS, nameSchema, type Department } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { applyApiError, isConflict } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';

const departmentForm = z.object({
  name: nameSchema,
  nameEn: z.string().trim().max(100),
  kind: z.enum(DEPARTMENT_KINDS),
  active: z.boolean(),
});
const FIELDS = ['name', 'nameEn', 'kind', 'active'] as const;

export function DepartmentDialog({ department, onClose }: { department: Department | null; onClose: () => void }) {
  const { t } = useTranslation(['departments', 'common']);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [version, setVersion] = useState(department?.version ?? 0);
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

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    try {
      const saved = department
        ? await call('departments.update', { id: department.id, version, ...values })
        : await call('departments.create', { name: values.name, nameEn: values.nameEn, kind: values.kind });
      await queryClient.invalidateQueries({ queryKey: ['departments.list'] });
      notify(t(department ? 'updated' : 'created', { name: saved.name }));
      onClose();
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      setFormError(applyApiError(t, error, setError, FIELDS));
    }
  });

  const loadLatest = async () => {
    if (!department) return;
    const { items } = await call('departments.list', { includeInactive: true });
    const latest = items.find((d) => d.id === department.id);
    if (latest) setVersion(latest.version);
    setConflict(false);
    setFormError(null);
    void queryClient.invalidateQueries({ queryKey: ['departments.list'] });
  };

  return (
    <Dialog open onClose={onClose} maxWidth="xs">
      <form onSubmit={onSubmit} noValidate data-testid="department-dialog">
        <DialogTitle>{department ? t('dialog.editTitle', { name: department.name }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            {conflict ? (
              <Alert
                severity="warning"
                action={
                  <Button color="inherit" size="small" onClick={() => void loadLatest()}>
                    {t('common:actions.loadLatest')}
                  </Button>
                }
              >
                <AlertTitle>{t('common:conflictTitle')}</AlertTitle>
                {formError}
              </Alert>
            ) : (
              formError && <Alert severity="error">{formError}</Alert>
            )}
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
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          {department && (
            <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
              {t('users:dialog.version', { version })}
            </Typography>
          )}
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={isSubmitting} data-testid="department-save">
            {t('common:actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
