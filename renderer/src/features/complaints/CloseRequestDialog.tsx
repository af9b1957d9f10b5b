// After filing a form filled from a service request: "Close request FW-… too?" Yes closes it (with its solved time
// if none was recorded, a line in its service log); no leaves it as it is. Offered only while the request is open
// (shared/complaints/request-progress.ts).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { useNotify } from '../../app/notify';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';

export function CloseRequestDialog({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t } = useTranslation(['complaints', 'errors', 'common']);
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('complaints.closeRequest', { id: complaint.id });
      notify(t('notices.requestClosed', { number: complaint.requestNumber ?? '' }));
      onClose();
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth slotProps={{ paper: { 'data-testid': 'close-request-dialog' } as object }}>
      <DialogTitle>{t('closeRequest.title', { number: complaint.requestNumber ?? '' })}</DialogTitle>
      <DialogContent dividers>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <Typography variant="body2">{t('closeRequest.help')}</Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} data-testid="close-request-no">
          {t('closeRequest.no')}
        </Button>
        <SubmitButton type="button" busy={busy} onClick={() => void close()} data-testid="close-request-yes">
          {t('closeRequest.yes')}
        </SubmitButton>
      </DialogActions>
    </Dialog>
  );
}
