import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ME_KEY, useSignOut } from '../../app/session';
import { ChangePasswordForm } from './ChangePasswordForm';
import { AuthLayout } from './AuthLayout';

export function MustChangePasswordScreen({ centerName }: { centerName: string }) {
  const { t } = useTranslation(['auth', 'common']);
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  return (
    <AuthLayout title={t('changePassword.mustTitle')} centerName={centerName} testId="must-change-password-screen">
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {t('changePassword.mustIntro')}
        </Typography>
        <ChangePasswordForm onDone={() => void queryClient.invalidateQueries({ queryKey: ME_KEY })} />
        <Button onClick={() => void signOut()} sx={{ alignSelf: 'flex-start' }}>
          {t('common:user.signOut')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
