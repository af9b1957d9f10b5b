import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../../../shared/api';
import { PasswordField } from '../../components/PasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { useSignedIn } from '../../app/session';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useFormSave } from '../../lib/formSave';
import { AuthLayout } from './AuthLayout';

const signInForm = api['auth.login'].input;
const FIELDS = ['username', 'password'] as const;

export function SignInScreen({ centerName, notice }: { centerName: string; notice?: string | null }) {
  const { t } = useTranslation(['auth', 'common']);
  const signedIn = useSignedIn();
  const { register, handleSubmit, setError, formState } = useForm<
    z.input<typeof signInForm>,
    unknown,
    z.output<typeof signInForm>
  >({ resolver: translatedResolver(signInForm, t), defaultValues: { username: '', password: '' } });
  const { errors, isSubmitting } = formState;
  const { formError, save } = useFormSave((error) => applyApiError(t, error, setError, FIELDS));

  const onSubmit = handleSubmit((input) => save(async () => signedIn(await call('auth.login', input))));

  return (
    <AuthLayout title={t('signIn.title')} centerName={centerName} testId="sign-in-screen">
      <form onSubmit={onSubmit} noValidate>
        <Stack spacing={2}>
          {notice && !formError && <Alert severity="info">{notice}</Alert>}
          {formError && (
            <Alert severity="error" data-testid="sign-in-error">
              {formError}
            </Alert>
          )}
          <TextField
            label={t('fields.username')}
            {...register('username')}
            error={!!errors.username}
            helperText={errors.username?.message}
            autoComplete="username"
            autoFocus
            slotProps={{ htmlInput: { 'data-testid': 'sign-in-username' } }}
          />
          <PasswordField
            purpose="current"
            label={t('fields.password')}
            {...register('password')}
            fieldError={errors.password}
            testId="sign-in-password"
          />
          <SubmitButton busy={isSubmitting} size="large" data-testid="sign-in-submit">
            {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
          </SubmitButton>
          <Typography variant="body2" color="text.secondary">
            {t('signIn.help')}
          </Typography>
        </Stack>
      </form>
    </AuthLayout>
  );
}
