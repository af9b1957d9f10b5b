// Creating a user, or changing one's display name, roles, department and active flag against the version read.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES, type Department, type Role, type User } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { PasswordField } from '../../components/PasswordField';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { departmentName } from '../departments';

type UserValues = { username: string; displayName: string; password: string; roles: Role[]; departmentId: number | null; active: boolean };

/** No role ticked says so in words of its own (the method's input only knows "at least 1"). */
const someRole = z.object({ roles: z.array(z.enum(ROLES)).min(1, { message: 'validation.rolesRequired' }) });

function valuesOf(user: User | null): UserValues {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    password: '',
    roles: user?.roles ?? [],
    departmentId: user?.departmentId ?? null,
    active: user?.active ?? true,
  };
}

export function UserDialog({
  user,
  departments,
  onClose,
}: {
  /** null: a new user. */
  user: User | null;
  departments: Department[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['users', 'auth', 'common']);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges, askBeforeClosing } = useApiForm({
    method: user ? 'users.update' : 'users.create',
    defaultValues: valuesOf(user),
    toInput: (values: UserValues, version) =>
      user
        ? { id: user.id, version, displayName: values.displayName, roles: values.roles, departmentId: values.departmentId, active: values.active }
        : { username: values.username, displayName: values.displayName, password: values.password, roles: values.roles, departmentId: values.departmentId },
    formSchema: someRole,
    versioned: user
      ? {
          version: user.version,
          latest: async () => {
            const { items } = await queryClient.fetchQuery({
              queryKey: ['users.list', { includeInactive: true }],
              queryFn: () => call('users.list', { includeInactive: true }),
              staleTime: 0,
            });
            const latest = items.find((u) => u.id === user.id);
            return latest && { version: latest.version, values: valuesOf(latest) };
          },
        }
      : undefined,
    onSaved: (saved) => {
      notify(t(user ? 'updated' : 'created', { name: saved.displayName }));
      onClose();
    },
  });
  const { register, control, formState: { errors } } = form;

  const activeDepartments = departments.filter((d) => d.active || d.id === user?.departmentId);

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="sm" slotProps={{ paper: { 'data-testid': 'user-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{user ? t('dialog.editTitle', { username: user.username }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <TheirChangesAlert
              changes={theirChanges}
              words={{
                labels: { displayName: t('auth:fields.displayName'), roles: t('dialog.roles'), departmentId: t('dialog.department'), active: t('dialog.active') },
                show: (field, value) =>
                  field === 'roles'
                    ? (value as Role[]).map((role) => t(`common:roles.${role}`)).join(t('common:listSeparator'))
                    : field === 'departmentId'
                      ? (departments.find((department) => department.id === value)?.name ?? t('dialog.noDepartment'))
                      : undefined,
              }}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                label={t('auth:fields.username')}
                {...register('username')}
                disabled={user !== null}
                error={!!errors.username}
                helperText={errors.username?.message ?? (user ? ' ' : t('auth:fields.usernameHelp'))}
                autoFocus={!user}
                slotProps={{ htmlInput: { 'data-testid': 'user-username' } }}
              />
              <TextField
                label={t('auth:fields.displayName')}
                {...register('displayName')}
                error={!!errors.displayName}
                helperText={errors.displayName?.message ?? ' '}
                slotProps={{ htmlInput: { 'data-testid': 'user-display-name' } }}
              />
            </Stack>
            {!user && (
              <PasswordField
                purpose="new"
                label={t('auth:fields.password')}
                {...register('password')}
                fieldError={errors.password}
                testId="user-password"
              />
            )}
            <Controller
              control={control}
              name="roles"
              render={({ field }) => (
                <FormControl error={!!errors.roles} component="fieldset" variant="standard">
                  <FormLabel component="legend" sx={{ mb: 0.5 }}>
                    {t('dialog.roles')}
                  </FormLabel>
                  <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: 2 }}>
                    {ROLES.map((role) => (
                      <FormControlLabel
                        key={role}
                        label={t(`common:roles.${role}`)}
                        control={
                          <Checkbox
                            size="small"
                            checked={field.value.includes(role)}
                            onChange={(event) =>
                              field.onChange(
                                event.target.checked
                                  ? ROLES.filter((r) => r === role || field.value.includes(r))
                                  : field.value.filter((r: Role) => r !== role),
                              )
                            }
                            slotProps={{ input: { 'data-testid': `user-role-${role}` } as object }}
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  <FormHelperText>{errors.roles?.message ?? t('dialog.rolesHelp')}</FormHelperText>
                </FormControl>
              )}
            />
            <Controller
              control={control}
              name="departmentId"
              render={({ field }) => (
                <TextField
                  select
                  label={t('dialog.department')}
                  value={field.value === null ? '' : String(field.value)}
                  onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
                  error={!!errors.departmentId}
                  helperText={errors.departmentId?.message}
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                  data-testid="user-department"
                >
                  <MenuItem value="">
                    <Typography color="text.secondary" component="span">
                      {t('dialog.noDepartment')}
                    </Typography>
                  </MenuItem>
                  {activeDepartments.map((department) => (
                    <MenuItem key={department.id} value={String(department.id)}>
                      {departmentName(department, i18n.language)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            {user && (
              <Controller
                control={control}
                name="active"
                render={({ field }) => (
                  <Box>
                    <FormControlLabel
                      control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                      label={t('dialog.active')}
                    />
                    <FormHelperText sx={{ mt: 0 }}>{t('dialog.activeHelp')}</FormHelperText>
                  </Box>
                )}
              />
            )}
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="user-save" />
      </form>
    </Dialog>
  );
}
