// Changing one's own password: from the user menu, and required after an administrator reset it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PasswordField } from '../../components/PasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm } from '../../lib/apiForm';

type ChangeValues = { currentPassword: string; newPassword: string; confirmPassword: string };

/** The new password typed twice: the method takes it once. */
const typedTwice = z
  .object({ newPassword: z.string(), confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordsDiffer' });

export function ChangePasswordForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const { form, submit, busy, formError } = useApiForm({
    method: 'auth.changePassword',
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' } satisfies ChangeValues,
    toInput: ({ currentPassword, newPassword }: ChangeValues) => ({ currentPassword, newPassword }),
    formSchema: typedTwice,
    onSaved: () => onDone(),
  });
  const { register, formState: { errors } } = form;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="change-password-form">
      <Stack spacing={2}>
        {formError && <Alert severity="error">{formError}</Alert>}
        <PasswordField
          purpose="current"
          label={t('fields.currentPassword')}
          {...register('currentPassword')}
          fieldError={errors.currentPassword}
          autoFocus
          testId="current-password"
        />
        <PasswordField
          purpose="new"
          label={t('fields.newPassword')}
          {...register('newPassword')}
          fieldError={errors.newPassword}
          testId="new-password"
        />
        <PasswordField
          purpose="confirm"
          label={t('fields.confirmNewPassword')}
          {...register('confirmPassword')}
          fieldError={errors.confirmPassword}
          testId="confirm-new-password"
        />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          {onCancel && <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>}
          <SubmitButton busy={busy} data-testid="change-password-submit">
            {t('changePassword.submit')}
          </SubmitButton>
        </Stack>
      </Stack>
    </form>
  );
}
