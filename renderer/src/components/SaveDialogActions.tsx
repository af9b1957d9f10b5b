// The foot of a dialog that edits a record: cancel and save. (The version the record was read at travels with the
// save; it is the console's business, not the user's, and is not shown.)
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from './SubmitButton';

export function SaveDialogActions({
  busy,
  onCancel,
  saveTestId,
}: {
  busy: boolean;
  onCancel: () => void;
  saveTestId: string;
}) {
  const { t } = useTranslation('common');
  return (
    <DialogActions sx={{ px: 3, py: 1.5 }}>
      <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      <SubmitButton busy={busy} data-testid={saveTestId}>
        {t('actions.save')}
      </SubmitButton>
    </DialogActions>
  );
}
