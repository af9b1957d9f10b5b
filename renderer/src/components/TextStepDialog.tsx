// A step of a record's life that needs one text (the department's answer, the reply to the customer, a reason):
// the text, what the step is about above it, save. The record's version travels in `onSubmit`; a conflict says so.
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from './FormErrorAlert';
import { SubmitButton } from './SubmitButton';
import { errorMessage, isConflict } from '../lib/errors';

export function TextStepDialog({
  title,
  label,
  required = true,
  initial = '',
  helperText,
  children,
  submitLabel,
  testId,
  onClose,
  onSubmit,
}: {
  title: string;
  label: string;
  required?: boolean;
  initial?: string;
  helperText?: string;
  /** Shown above the field: what the step is about. */
  children?: ReactNode;
  submitLabel?: string;
  testId: string;
  onClose: () => void;
  /** Saves; the dialog closes when it resolves and shows the error when it throws. */
  onSubmit: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation(['questions', 'common']);
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (required && text.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text.trim());
      onClose();
    } catch (failure) {
      setConflict(isConflict(failure));
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm">
      <form onSubmit={(event) => void submit(event)} noValidate data-testid={testId}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={error} conflict={conflict} />
            {children}
            <TextField
              label={label}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setMissing(false);
              }}
              required={required}
              multiline
              minRows={3}
              autoFocus
              error={missing}
              helperText={missing ? t('errors:validation.required') : helperText}
              slotProps={{ htmlInput: { 'data-testid': `${testId}-text` } }}
              onKeyDown={(event) => {
                // Ctrl+Enter saves from the multi-line field, as in the other forms.
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
              }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid={`${testId}-save`}>
            {submitLabel ?? t('common:actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
