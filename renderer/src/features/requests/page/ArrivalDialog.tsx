// Someone arrived on site (到场) for a fault report: now, or at the time typed.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { call } from '../../../lib/api';
import { useApiForm } from '../../../lib/apiForm';
import { DateTimeField } from '../../../components/DateTimeField';

export function ArrivalDialog({ request, onClose }: { request: ServiceRequest; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const [openedAt] = useState(() => Date.now());
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method: 'requests.recordArrival',
    defaultValues: { at: openedAt as number | null },
    // No time: now.
    toInput: ({ at }: { at: number | null }, version) => ({ id: request.id, version, ...(at !== null && { at }) }),
    versioned: { version: request.version, latestVersion: async () => (await call('requests.get', { id: request.id })).request.version },
    onSaved: () => onClose(),
  });
  const { control, formState: { errors } } = form;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="xs" slotProps={{ paper: { 'data-testid': 'arrival-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('actions.recordArrival')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <Controller
              control={control}
              name="at"
              render={({ field }) => (
                <DateTimeField
                  label={t('fields.arrivedAt')}
                  value={field.value}
                  onChange={field.onChange}
                  testId="arrival-at"
                  disableFuture
                  error={!!errors.at}
                  helperText={errors.at?.message ?? t('actionHelp.arrival')}
                />
              )}
            />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="arrival-save" />
      </form>
    </Dialog>
  );
}
