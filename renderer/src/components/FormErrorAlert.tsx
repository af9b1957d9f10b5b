// A form's error above its fields; after a save lost to someone else's change, a warning that offers the latest version.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export function FormErrorAlert({
  error,
  conflict = false,
  onLoadLatest,
}: {
  error: string | null;
  conflict?: boolean;
  onLoadLatest?: () => Promise<void>;
}) {
  const { t } = useTranslation('common');
  if (conflict) {
    return (
      <Alert
        severity="warning"
        data-testid="conflict-alert"
        action={
          onLoadLatest && (
            <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => void onLoadLatest()}>
              {t('actions.loadLatest')}
            </Button>
          )
        }
      >
        <AlertTitle>{t('conflictTitle')}</AlertTitle>
        {error}
      </Alert>
    );
  }
  if (!error) return null;
  return (
    <Alert severity="error" data-testid="form-error">
      {error}
    </Alert>
  );
}
