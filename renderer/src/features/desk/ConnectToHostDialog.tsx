// Connecting this desk to the center's host: the address, then the certificate's fingerprint to compare with the
// host's screen; only a confirmed fingerprint is pinned (electron/main/host-link/pin.ts), then the app restarts on it.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostProbeView } from '../../../../shared/ipc';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../lib/errors';
import { deskCall, fieldIssue } from './deskCalls';
import { Fingerprint } from './Fingerprint';

export function ConnectToHostDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['desk', 'common', 'errors']);
  const [address, setAddress] = useState('');
  const [probe, setProbe] = useState<HostProbeView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [connected, setConnected] = useState<string | null>(null);

  const addressIssue = fieldIssue(error, 'address');
  const otherError = error && !addressIssue ? errorMessage(t, error) : null;

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setProbe(await deskCall('desk.probeHost', { address }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const connect = async () => {
    if (!probe) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await deskCall('desk.connectToHost', { address, fingerprint: probe.fingerprint });
      setConnected(answer.origin);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const close = () => {
    if (busy || connected) return;
    setProbe(null);
    setError(null);
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby="connect-host-title">
      <DialogTitle id="connect-host-title">{probe ? t('connect.compareTitle') : t('connect.title')}</DialogTitle>
      {!probe ? (
        <form onSubmit={(event) => void check(event)} noValidate>
          <DialogContent>
            <Stack spacing={2}>
              <Typography variant="body2">{t('connect.intro')}</Typography>
              {otherError && <Alert severity="error">{otherError}</Alert>}
              <TextField
                label={t('connect.address')}
                value={address}
                onChange={(event) => setAddress(event.target.value)}
                error={!!addressIssue}
                helperText={addressIssue ? t(`errors:${addressIssue.key}`) : t('connect.addressHelp')}
                autoFocus
                required
                slotProps={{ htmlInput: { 'data-testid': 'connect-host-address', spellCheck: false } }}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('common:actions.cancel')}</Button>
            <SubmitButton busy={busy} data-testid="connect-host-check">
              {busy ? t('connect.checking') : t('connect.check')}
            </SubmitButton>
          </DialogActions>
        </form>
      ) : (
        <>
          <DialogContent>
            <Stack spacing={2}>
              <Typography variant="body2">{t('connect.compareIntro', { origin: probe.origin })}</Typography>
              {connected && <Alert severity="success">{t('connect.restarting', { origin: connected })}</Alert>}
              {otherError && <Alert severity="error">{otherError}</Alert>}
              {fieldIssue(error, 'fingerprint') && <Alert severity="error">{t(`errors:${fieldIssue(error, 'fingerprint')!.key}`)}</Alert>}
              <Box>
                <Typography variant="caption" color="text.secondary">
                  {t('connect.fingerprint')}
                </Typography>
                <Fingerprint value={probe.fingerprint} testId="connect-host-fingerprint" />
                <Typography variant="caption" color="text.secondary">
                  {t('connect.validTo', { date: probe.validTo })}
                </Typography>
              </Box>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setProbe(null)} disabled={busy || !!connected}>
              {t('connect.back')}
            </Button>
            <SubmitButton type="button" busy={busy} disabled={!!connected} onClick={() => void connect()} data-testid="connect-host-confirm">
              {busy ? t('connect.connecting') : t('connect.same')}
            </SubmitButton>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
