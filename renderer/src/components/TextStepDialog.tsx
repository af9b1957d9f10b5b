// A step of a record's life that needs one text (the department's answer, the reply to the customer, a reason):
// what the step is about, the text, save. It saves through one method of the contract with the record's version,
// so the text is checked as the back end checks it, a refused save keeps it, and a conflict says so. The version is the
// one the dialog opened at: the page behind reads the record again when another desk saves it, and the save is still
// checked against what was read here.
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiOutput, WriteMethodName } from '../../../shared/api';
import { inputMaxLength } from '../../../shared/api/limits';
import { useApiForm, type Draft } from '../lib/apiForm';
import { LongTextField } from './LongTextField';
import { FormErrorAlert } from './FormErrorAlert';
import { SubmitButton } from './SubmitButton';

/** The version a step's input names, when it names one. */
function versionIn(input: unknown): number | undefined {
  const version = typeof input === 'object' && input !== null ? (input as { version?: unknown }).version : undefined;
  return typeof version === 'number' ? version : undefined;
}

export function TextStepDialog<M extends WriteMethodName>({
  method,
  textField,
  input,
  title,
  label,
  required = true,
  initial = '',
  helperText,
  children,
  submitLabel,
  testId,
  onClose,
  onSaved,
}: {
  method: M;
  /** The input's field that carries the text: its issues show on the text. */
  textField: string;
  /** The method's input with the text typed (trimmed). */
  input: (text: string) => Draft<ApiInput<M>>;
  title: string;
  label: string;
  /** Marks the field as required; what is refused is the method's to say. */
  required?: boolean;
  initial?: string;
  helperText?: string;
  /** Shown above the field: what the step is about. */
  children?: ReactNode;
  submitLabel?: string;
  testId: string;
  onClose: () => void;
  /** After the save; the dialog then closes. */
  onSaved?: (saved: ApiOutput<M>) => void;
}) {
  const { t } = useTranslation('common');
  // `input` names the version the page holds now; the dialog keeps the one it opened at until the latest is loaded.
  const [openedAt] = useState(() => versionIn(input(initial.trim())));
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method,
    defaultValues: { text: initial },
    toInput: (values: { text: string }, version) => {
      const made = input(values.text.trim());
      return openedAt === undefined ? made : ({ ...made, version } as Draft<ApiInput<M>>);
    },
    ...(openedAt !== undefined && { versioned: { version: openedAt, latestVersion: async () => versionIn(input('')) } }),
    fieldOf: (path) => (path.split('.')[0] === textField ? 'text' : null),
    onSaved: (saved) => {
      onSaved?.(saved);
      onClose();
    },
  });
  const error = form.formState.errors.text?.message;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="sm">
      <form onSubmit={(event) => void submit(event)} noValidate data-testid={testId}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} changedElsewhere={changedElsewhere} />
            {children}
            <LongTextField
              label={label}
              {...form.register('text')}
              text={form.watch('text')}
              max={inputMaxLength(method, textField)}
              required={required}
              minRows={3}
              autoFocus
              error={!!error}
              helperText={error ?? helperText}
              testId={`${testId}-text`}
              onKeyDown={(event) => {
                // Ctrl+Enter saves from the multi-line field, as in the other forms.
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
              }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid={`${testId}-save`}>
            {submitLabel ?? t('actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
