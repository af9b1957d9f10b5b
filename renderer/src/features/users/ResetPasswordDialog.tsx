import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { PasswordField } from '../../components/PasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm } from '../../lib/apiForm';

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation(['users', 'auth', 'common']);
  const notify = useNotify();
  const { form, submit, busy, formError, askBeforeClosing } = useApiForm({
    method: 'users.resetPassword',
    defaultValues: { newPassword: '' },
    toInput: ({ newPassword }: { newPassword: string }) => ({ id: user.id, newPassword }),
    onSaved: () => {
      notify(t('reset.done', { name: user.displayName }));
      onClose();
    },
  });
  const { register, formState } = form;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="xs">
      <form onSubmit={(event) => void submit(event)} noValidate>
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
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="reset-submit">{t('reset.submit')}</SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
