// Changing one's own password: from the user menu, and required after an administrator reset it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, PASSWORD_MIN_LENGTH } from '../../../../shared/api';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';

const changeForm = api['auth.changePassword'].input
  .extend({ confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordsDiffer' });

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof changeForm>, unknown, z.output<typeof changeForm>>({
    resolver: translatedResolver(changeForm, t),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async ({ confirmPassword: _confirm, ...input }) => {
    setFormError(null);
    try {
      await call('auth.changePassword', input);
      onDone();
    } catch (error) {
      setFormError(applyApiError(t, error, setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="change-password-form">
      <Stack spacing={2}>
        {formError && <Alert severity="error">{formError}</Alert>}
        <TextField
          type="password"
          label={t('fields.currentPassword')}
          {...register('currentPassword')}
          error={!!errors.currentPassword}
          helperText={errors.currentPassword?.message}
          autoComplete="current-password"
          autoFocus
          slotProps={{ htmlInput: { 'data-testid': 'current-password' } }}
        />
        <TextField
          type="password"
          label={t('fields.newPassword')}
          {...register('newPassword')}
          error={!!errors.newPassword}
          helperText={errors.newPassword?.message ?? t('fields.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          slotProps={{ htmlInput: { 'data-testid': 'new-password' } }}
        />
        <TextField
          type="password"
          label={t('fields.confirmNewPassword')}
          {...register('confirmPassword')}
          error={!!errors.confirmPassword}
          helperText={errors.confirmPassword?.message}
          autoComplete="new-password"
          slotProps={{ htmlInput: { 'data-testid': 'confirm-new-password' } }}
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
