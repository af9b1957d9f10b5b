// Asks before changes typed on a form are lost: when a dialog with changes is closed, when the route changes (a link,
// the browser's Back), and when the window is closed or reloaded (the browser's own question).
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';
import { unsavedChanges, usePendingDiscardQuestion } from '../lib/unsavedChanges';

export function UnsavedChangesGuard() {
  const { t } = useTranslation('forms');
  const answer = usePendingDiscardQuestion();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsavedChanges.any() && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    void unsavedChanges.confirmDiscard().then((discard) => (discard ? blocker.proceed() : blocker.reset()));
  }, [blocker]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsavedChanges.any()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  return (
    <Dialog open={answer !== null} onClose={() => answer?.(false)} maxWidth="xs" slotProps={{ paper: { 'data-testid': 'unsaved-changes-dialog' } as object }}>
      <DialogTitle>{t('unsaved.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('unsaved.text')}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button color="error" onClick={() => answer?.(true)} data-testid="unsaved-discard">
          {t('unsaved.discard')}
        </Button>
        <Button variant="contained" autoFocus onClick={() => answer?.(false)} data-testid="unsaved-keep">
          {t('unsaved.keepEditing')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
