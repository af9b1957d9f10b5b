// First run: names the center and creates the first administrator, who is then signed in.
import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PasswordField } from '../../components/PasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { useSignedIn } from '../../app/session';
import { useApiForm } from '../../lib/apiForm';
import { DeskConnectionLine } from '../desk';
import { AuthLayout } from './AuthLayout';

type SetupValues = { centerName: string; username: string; displayName: string; password: string; confirmPassword: string };

/** The password typed twice: the method takes it once. */
const typedTwice = z
  .object({ password: z.string(), confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordsDiffer' });

export function SetupScreen() {
  const { t } = useTranslation(['auth', 'common']);
  const signedIn = useSignedIn();
  const { form, submit, busy, formError } = useApiForm({
    method: 'auth.setup',
    defaultValues: { centerName: '', username: '', displayName: '', password: '', confirmPassword: '' } satisfies SetupValues,
    toInput: ({ confirmPassword: _confirm, ...input }: SetupValues) => input,
    formSchema: typedTwice,
    // The administrator is signed in with the answer.
    onSaved: (me) => signedIn(me),
  });
  const { register, formState: { errors } } = form;

  return (
    <AuthLayout title={t('setup.title')} width={520} testId="setup-screen">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {t('setup.intro')}
          </Typography>
          {formError && <Alert severity="error">{formError}</Alert>}
          <Typography variant="subtitle1" component="h2">
            {t('setup.centerSection')}
          </Typography>
          <TextField
            label={t('setup.centerName')}
            placeholder={t('setup.centerNamePlaceholder')}
            {...register('centerName')}
            error={!!errors.centerName}
            helperText={errors.centerName?.message}
            slotProps={{ htmlInput: { 'data-testid': 'setup-center-name' } }}
            autoFocus
          />
          <Divider />
          <Typography variant="subtitle1" component="h2">
            {t('setup.adminSection')}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              label={t('fields.username')}
              {...register('username')}
              error={!!errors.username}
              helperText={errors.username?.message ?? t('fields.usernameHelp')}
              autoComplete="username"
              slotProps={{ htmlInput: { 'data-testid': 'setup-username' } }}
            />
            <TextField
              label={t('fields.displayName')}
              {...register('displayName')}
              error={!!errors.displayName}
              helperText={errors.displayName?.message ?? ' '}
              slotProps={{ htmlInput: { 'data-testid': 'setup-display-name' } }}
            />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <PasswordField
              purpose="new"
              label={t('fields.password')}
              {...register('password')}
              fieldError={errors.password}
              testId="setup-password"
            />
            <PasswordField
              purpose="confirm"
              label={t('fields.confirmPassword')}
              {...register('confirmPassword')}
              fieldError={errors.confirmPassword}
              helperText=" "
              testId="setup-confirm-password"
            />
          </Stack>
          <SubmitButton busy={busy} size="large" data-testid="setup-submit">
            {busy ? t('setup.submitting') : t('setup.submit')}
          </SubmitButton>
          <DeskConnectionLine />
        </Stack>
      </form>
    </AuthLayout>
  );
}
