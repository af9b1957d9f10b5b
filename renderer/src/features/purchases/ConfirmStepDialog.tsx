// A step of a purchase request that needs no text (submit, approve): what it means, then the step, against the version
// read; a conflict says so and offers the latest version.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PurchaseRequest } from '../../../../shared/api/purchases';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';

export function ConfirmStepDialog({
  method,
  request,
  title,
  text,
  submitLabel,
  testId,
  onClose,
  onSaved,
}: {
  method: 'purchases.submit' | 'purchases.approve';
  request: PurchaseRequest;
  title: string;
  text: string;
  submitLabel: string;
  testId: string;
  onClose: () => void;
  onSaved: (saved: PurchaseRequest) => void;
}) {
  const { t } = useTranslation('common');
  const { submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method,
    defaultValues: {},
    versioned: { version: request.version, latestVersion: async () => (await call('purchases.get', { id: request.id })).version },
    toInput: (_values: Record<string, never>, version) => ({ id: request.id, version }),
    onSaved: (saved) => {
      onSaved(saved);
      onClose();
    },
  });
  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="xs" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid={testId}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <Typography variant="body2">{text}</Typography>
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('actions.cancel')}</Button>
          <SubmitButton busy={busy} autoFocus data-testid={`${testId}-save`}>
            {submitLabel}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
