import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema, type User } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { PasswordField } from '../../components/PasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useFormSave } from '../../lib/formSave';

const resetForm = z.object({ newPassword: passwordSchema });

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation(['users', 'auth', 'common']);
  const notify = useNotify();
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof resetForm>, unknown, z.output<typeof resetForm>>({
    resolver: translatedResolver(resetForm, t),
    defaultValues: { newPassword: '' },
  });
  const { formError, save } = useFormSave((error) => applyApiError(t, error, setError, ['newPassword']));

  const onSubmit = handleSubmit(({ newPassword }) =>
    save(async () => {
      await call('users.resetPassword', { id: user.id, newPassword });
      notify(t('reset.done', { name: user.displayName }));
      onClose();
    }),
  );

  return (
    <Dialog open onClose={onClose} maxWidth="xs">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle>{t('reset.title', { name: user.displayName })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {t('reset.intro')}
            </Typography>
            {formError && <Alert severity="error">{formError}</Alert>}
            <PasswordField
              purpose="new"
              label={t('auth:fields.newPassword')}
              {...register('newPassword')}
              fieldError={formState.errors.newPassword}
              autoFocus
              testId="reset-password"
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={formState.isSubmitting} data-testid="reset-submit">{t('reset.submit')}</SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
