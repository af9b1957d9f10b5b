// On the Settings screen of the desktop app on its own archive: serve it to the center's desks (the LAN issue), the
// administrator's switch, confirmed and remembered; what desks open and the fingerprint they compare.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostingState } from '../../../../shared/ipc';
import { LabelledValue } from '../../components/LabelledValue';
import { SubmitButton } from '../../components/SubmitButton';
import { isDesktop } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { deskCall, fieldIssue } from './deskCalls';
import { Fingerprint } from './Fingerprint';

export function HostingSection() {
  const { t } = useTranslation(['desk', 'common', 'errors']);
  const [state, setState] = useState<HostingState | null>(null);
  const [port, setPort] = useState('');
  const [asking, setAsking] = useState<'start' | 'stop' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!isDesktop()) return;
    deskCall('desk.connection', {}).then((connection) => {
      setState(connection.hosting);
      if (connection.hosting) setPort(String(connection.hosting.port));
    }, setError);
  }, []);
  // In the browser, or on a desk of another host: nothing to serve from here.
  if (!isDesktop() || (!state && !error)) return null;

  const apply = async (serving: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const next = await deskCall('desk.setHosting', { serving, port: Number(port) });
      setState(next);
      setAsking(null);
    } catch (caught) {
      setError(caught);
      setAsking(null);
    } finally {
      setBusy(false);
    }
  };
  const portIssue = fieldIssue(error, 'port');

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 720, mt: 3 }} component="section" aria-labelledby="hosting-heading" data-testid="hosting-section">
      <Stack spacing={2}>
        <Typography variant="subtitle1" component="h2" id="hosting-heading">
          {t('hosting.heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('hosting.intro')}
        </Typography>
        {error !== null && !portIssue && <Alert severity="error">{errorMessage(t, error)}</Alert>}
        {state?.problem && <Alert severity="error">{t('hosting.problem', { problem: state.problem })}</Alert>}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <FormControlLabel
            control={<Switch checked={state?.serving ?? false} onChange={(event) => setAsking(event.target.checked ? 'start' : 'stop')} slotProps={{ input: { 'data-testid': 'hosting-switch' } as object }} />}
            label={t('hosting.serving')}
          />
          <TextField
            label={t('hosting.port')}
            value={port}
            onChange={(event) => setPort(event.target.value)}
            error={!!portIssue}
            helperText={portIssue ? t(`errors:${portIssue.key}`) : t('hosting.portHelp')}
            size="small"
            sx={{ width: 200 }}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'hosting-port' } }}
          />
          {state?.serving && String(state.port) !== port && (
            <Button onClick={() => void apply(true)} disabled={busy}>
              {t('hosting.apply')}
            </Button>
          )}
        </Stack>
        {state && !state.serving && <Typography variant="body2">{t('hosting.off')}</Typography>}
        {state?.serving && (
          <Stack spacing={1.5}>
            <LabelledValue label={t('hosting.origins')}>
              {state.origins.map((origin) => (
                <Box key={origin} sx={{ fontFamily: 'monospace' }}>
                  {origin}
                </Box>
              ))}
            </LabelledValue>
            <LabelledValue label={t('hosting.fingerprint')}>
              <Fingerprint value={state.fingerprint ?? ''} testId="hosting-fingerprint" />
            </LabelledValue>
            <LabelledValue label={t('hosting.allowed')}>{state.allowed.join(', ')}</LabelledValue>
          </Stack>
        )}
      </Stack>
      <Dialog open={asking !== null} onClose={() => !busy && setAsking(null)} aria-labelledby="hosting-confirm-title">
        <DialogTitle id="hosting-confirm-title">{asking === 'stop' ? t('hosting.stopTitle') : t('hosting.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{asking === 'stop' ? t('hosting.stopBody') : t('hosting.confirmBody', { ranges: t('hosting.confirmRanges') })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <SubmitButton type="button" busy={busy} color={asking === 'stop' ? 'error' : 'primary'} onClick={() => void apply(asking === 'start')} data-testid="hosting-confirm">
            {asking === 'stop' ? t('hosting.stop') : t('hosting.confirm')}
          </SubmitButton>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
