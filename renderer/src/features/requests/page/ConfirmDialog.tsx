// The customer's confirmation of the result (反馈确认): satisfied closes the request, not satisfied sends it back to work.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { call } from '../../../lib/api';
import { errorMessage } from '../../../lib/errors';
import { useVersionedSave } from '../../../lib/formSave';

export function ConfirmDialog({ request, onClose }: { request: ServiceRequest; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const [satisfied, setSatisfied] = useState<'yes' | 'no'>('yes');
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: request.version,
    fetchLatestVersion: async () => (await call('requests.get', { id: request.id })).request.version,
    messageOf: (error) => errorMessage(t, error),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Sent back to work, the request needs to say why: the customer's words are what the next step goes on.
    if (satisfied === 'no' && comment.trim() === '') {
      setCommentMissing(true);
      return;
    }
    setBusy(true);
    await save(async () => {
      await call('requests.confirm', { id: request.id, version, satisfied: satisfied === 'yes', ...(comment.trim() !== '' && { comment }) });
      onClose();
    });
    setBusy(false);
  };

  return (
    <Dialog open onClose={onClose} slotProps={{ paper: { 'data-testid': 'confirm-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('confirm.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
            <RadioGroup value={satisfied} onChange={(event) => setSatisfied(event.target.value as 'yes' | 'no')}>
              <FormControlLabel value="yes" control={<Radio slotProps={{ input: { 'data-testid': 'confirm-satisfied' } as object }} />} label={t('confirm.satisfiedHelp')} />
              <FormControlLabel value="no" control={<Radio slotProps={{ input: { 'data-testid': 'confirm-not-satisfied' } as object }} />} label={t('confirm.notSatisfiedHelp')} />
            </RadioGroup>
            <TextField
              label={t('confirm.comment')}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                setCommentMissing(false);
              }}
              required={satisfied === 'no'}
              error={commentMissing}
              helperText={commentMissing ? t('confirm.commentRequired') : undefined}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { 'data-testid': 'confirm-comment' } }}
            />
          </Stack>
        </DialogContent>
        <SaveDialogActions version={version} busy={busy} onCancel={onClose} saveTestId="confirm-save" />
      </form>
    </Dialog>
  );
}
