// Changing one's own password: from the user menu, and required after an administrator reset it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../../shared/api';
import { PasswordField } from '../../components/PasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useFormSave } from '../../lib/formSave';

const changeForm = api['auth.changePassword'].input
  .extend({ confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordsDiffer' });

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof changeForm>, unknown, z.output<typeof changeForm>>({
    resolver: translatedResolver(changeForm, t),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = formState;
  const { formError, save } = useFormSave((error) => applyApiError(t, error, setError, FIELDS));

  const onSubmit = handleSubmit(({ confirmPassword: _confirm, ...input }) =>
    save(async () => {
      await call('auth.changePassword', input);
      onDone();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate data-testid="change-password-form">
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
          <SubmitButton busy={isSubmitting} data-testid="change-password-submit">
            {t('changePassword.submit')}
          </SubmitButton>
        </Stack>
      </Stack>
    </form>
  );
}
