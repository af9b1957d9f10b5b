import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { useSignedIn } from '../../app/session';
import { useApiForm } from '../../lib/apiForm';
import { DeskConnectionLine } from '../desk';
import { AuthLayout } from './AuthLayout';

type SignInValues = { username: string; password: string };

export function SignInScreen({ centerName, notice }: { centerName: string; notice?: string | null }) {
  const { t } = useTranslation(['auth', 'common']);
  const signedIn = useSignedIn();
  const { form, submit, busy, formError } = useApiForm({
    method: 'auth.login',
    defaultValues: { username: '', password: '' } satisfies SignInValues,
    toInput: (values: SignInValues) => values,
    // The user is signed in with the answer.
    onSaved: (me) => signedIn(me),
  });
  const { register, formState: { errors } } = form;

  return (
    <AuthLayout title={t('signIn.title')} centerName={centerName} testId="sign-in-screen">
      <form onSubmit={(event) => void submit(event)} noValidate>
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
          <SubmitButton busy={busy} size="large" data-testid="sign-in-submit">
            {busy ? t('signIn.submitting') : t('signIn.submit')}
          </SubmitButton>
          <Typography variant="body2" color="text.secondary">
            {t('signIn.help')}
          </Typography>
          <DeskConnectionLine />
        </Stack>
      </form>
    </AuthLayout>
  );
}
