// Under the sign-in form of the desktop app: which archive this desk works on, and the way to the center's host (or
// back to this computer's own archive). Nothing in the browser, which is always on the host it was opened from.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskConnection } from '../../../../shared/ipc';
import { SubmitButton } from '../../components/SubmitButton';
import { isDesktop } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { ConnectToHostDialog } from './ConnectToHostDialog';
import { deskCall } from './deskCalls';

export function DeskConnectionLine() {
  const { t } = useTranslation(['desk', 'common', 'errors']);
  const [connection, setConnection] = useState<DeskConnection | null>(null);
  const [connecting, setConnecting] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!isDesktop()) return;
    deskCall('desk.connection', {}).then(setConnection, setError);
  }, []);
  if (!isDesktop() || (!connection && !error)) return null;

  const workLocally = async () => {
    setBusy(true);
    try {
      await deskCall('desk.workLocally', {});
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1} data-testid="desk-connection">
      {error !== null && <Alert severity="error">{errorMessage(t, error)}</Alert>}
      {connection && (
        <Typography variant="body2" color="text.secondary">
          {connection.host ? t('line.host', { origin: connection.host.origin }) : t('line.local')}
        </Typography>
      )}
      {connection?.mode === 'local' && (
        <Button variant="text" onClick={() => setConnecting(true)} sx={{ alignSelf: 'flex-start' }} data-testid="desk-connect">
          {t('line.connect')}
        </Button>
      )}
      {connection?.mode === 'host' && (
        <Button variant="text" onClick={() => setLeaving(true)} sx={{ alignSelf: 'flex-start' }} data-testid="desk-work-locally">
          {t('line.workLocally')}
        </Button>
      )}
      <ConnectToHostDialog open={connecting} onClose={() => setConnecting(false)} />
      <Dialog open={leaving} onClose={() => !busy && setLeaving(false)} aria-labelledby="work-locally-title">
        <DialogTitle id="work-locally-title">{t('workLocally.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('workLocally.body', { origin: connection?.host?.origin ?? '' })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setLeaving(false)} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <SubmitButton type="button" busy={busy} onClick={() => void workLocally()}>
            {busy ? t('workLocally.restarting') : t('workLocally.confirm')}
          </SubmitButton>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
