// Someone arrived on site (到场) for a fault report: now, or at the time typed.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { call } from '../../../lib/api';
import { errorMessage } from '../../../lib/errors';
import { useVersionedSave } from '../../../lib/formSave';
import { DateTimeField } from '../../../components/DateTimeField';

export function ArrivalDialog({ request, onClose }: { request: ServiceRequest; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const [at, setAt] = useState<number | null>(() => Date.now());
  const [busy, setBusy] = useState(false);
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: request.version,
    fetchLatestVersion: async () => (await call('requests.get', { id: request.id })).request.version,
    messageOf: (error) => errorMessage(t, error),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await save(async () => {
      await call('requests.recordArrival', { id: request.id, version, ...(at !== null && { at }) });
      onClose();
    });
    setBusy(false);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="xs" slotProps={{ paper: { 'data-testid': 'arrival-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('actions.recordArrival')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
            <DateTimeField label={t('fields.arrivedAt')} value={at} onChange={setAt} testId="arrival-at" disableFuture helperText={t('actionHelp.arrival')} />
          </Stack>
        </DialogContent>
        <SaveDialogActions version={version} busy={busy} onCancel={onClose} saveTestId="arrival-save" />
      </form>
    </Dialog>
  );
}
