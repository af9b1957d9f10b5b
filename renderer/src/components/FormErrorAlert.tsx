// A form's error above its fields; after a save lost to someone else's change, a warning that offers the latest version.
// Before that, while the form is open, another desk's save of the same record is told here (who, when).
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { ChangedElsewhere } from '../lib/changedElsewhere';
import { ChangedElsewhereAlert } from './ChangedElsewhereAlert';

export function FormErrorAlert({
  error,
  conflict = false,
  onLoadLatest,
  changedElsewhere = null,
}: {
  error: string | null;
  conflict?: boolean;
  onLoadLatest?: () => Promise<void>;
  /** The form's `changedElsewhere` (lib/apiForm.ts). */
  changedElsewhere?: ChangedElsewhere | null;
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
  // Until a save is lost (the conflict's warning then says what to do): who changed the record meanwhile.
  const changed = <ChangedElsewhereAlert change={changedElsewhere} onLoadLatest={onLoadLatest} />;
  if (!error) return changed;
  return (
    <>
      {changed}
      <Alert severity="error" data-testid="form-error">
        {error}
      </Alert>
    </>
  );
}
