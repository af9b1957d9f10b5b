// Taking one step of a complaint form from a dialog: against the version the form was read at; a conflict says so
// and keeps what was typed (load the latest version, save again); the back end's field errors go on the fields, in
// the user's language.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { apiErrorOf, errorMessage } from '../../lib/errors';
import { useVersionedSave } from '../../lib/formSave';

/** The back end's field issues by the field they name (the first segment of the path), translated. */
export function fieldProblems(t: TFunction, failure: unknown): Record<string, string> {
  return Object.fromEntries((apiErrorOf(failure).details?.fields ?? []).map((f) => [f.path.split('.')[0]!, t(`errors:${f.key}`, f.params ?? {})]));
}

export function useComplaintStep(complaint: Complaint, onClose: () => void, notice: string) {
  const { t } = useTranslation(['complaints', 'errors', 'common']);
  const notify = useNotify();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: complaint.version,
    fetchLatestVersion: async () => {
      const latest = await call('complaints.get', { id: complaint.id });
      return latest.version;
    },
    messageOf: (error) => {
      setProblems(fieldProblems(t, error));
      return errorMessage(t, error);
    },
  });

  /** Saves with the version in hand; on success the screens read again, the user is told, the dialog closes. */
  const run = async (step: (version: number) => Promise<Complaint>) => {
    setBusy(true);
    setProblems({});
    await save(async () => {
      const updated = await step(version);
      notify(t(notice, { number: updated.number }));
      onClose();
    });
    setBusy(false);
  };

  const clear = (field: string) => setProblems(({ [field]: _, ...rest }) => rest);
  return { version, formError, conflict, loadLatest, problems, setProblems, clear, busy, run };
}

/** The frame of every step's dialog: title, what the step is about, the fields, the version it was read at, save. */
export function StepDialog({
  title,
  testId,
  step,
  submitLabel,
  onClose,
  onSubmit,
  children,
  maxWidth = 'sm',
}: {
  title: string;
  testId: string;
  step: ReturnType<typeof useComplaintStep>;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => void;
  children?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation(['complaints', 'common', 'users']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth>
      <form onSubmit={submit} noValidate data-testid={testId}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={step.formError} conflict={step.conflict} onLoadLatest={step.loadLatest} />
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
            {t('users:dialog.version', { version: step.version })}
          </Typography>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={step.busy} data-testid={`${testId}-save`}>
            {submitLabel}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
