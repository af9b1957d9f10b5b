// The foot of a dialog that edits a record: the version it was read at (when editing), cancel, and save.
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from './SubmitButton';

export function SaveDialogActions({
  version,
  busy,
  onCancel,
  saveTestId,
}: {
  /** null: a new record, which has no version yet. */
  version: number | null;
  busy: boolean;
  onCancel: () => void;
  saveTestId: string;
}) {
  const { t } = useTranslation('common');
  return (
    <DialogActions sx={{ px: 3, py: 1.5 }}>
      {version !== null && (
        <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
          {t('users:dialog.version', { version })}
        </Typography>
      )}
      <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      <SubmitButton busy={busy} data-testid={saveTestId}>
        {t('actions.save')}
      </SubmitButton>
    </DialogActions>
  );
}
