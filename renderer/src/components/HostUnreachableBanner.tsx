// Says at once, on every screen, that the host cannot be reached (the LAN issue): a banner, not a spinner. Calls are
// sent again meanwhile (lib/api.ts), so a form's save goes through when the host is back, as it was typed.
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { useHostUnreachable } from '../lib/hostReach';

export function HostUnreachableBanner() {
  const { t } = useTranslation('common');
  const unreachable = useHostUnreachable();
  if (!unreachable) return null;
  return (
    <Alert
      severity="error"
      variant="filled"
      icon={<CloudOffOutlined />}
      role="alert"
      data-testid="host-unreachable"
      sx={{ position: 'fixed', left: '50%', bottom: 24, transform: 'translateX(-50%)', zIndex: (theme) => theme.zIndex.snackbar + 1, maxWidth: 720, boxShadow: 6 }}
    >
      {t('host.unreachable')}
    </Alert>
  );
}
