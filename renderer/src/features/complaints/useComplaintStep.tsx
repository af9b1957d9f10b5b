// Taking one step of a complaint form from a dialog, through the step's method of the contract: against the version
// the form was read at; a conflict says so and keeps what was typed (load the latest version, save again); the
// method's field issues go on the fields, in the user's language.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { WriteMethodName } from '../../../../shared/api';
import type { Complaint } from '../../../../shared/api/complaints';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { useApiForm, type ApiForm, type ApiFormOptions } from '../../lib/apiForm';

/** The methods that take a step of a form already filled: each answers the complaint as it is now. */
export type ComplaintStepMethod = Exclude<Extract<WriteMethodName, `complaints.${string}`>, 'complaints.create'>;

/** What a step's dialog says of its form: the method, the fields and the input made of them. */
export type StepForm<M extends ComplaintStepMethod, Values extends FieldValues> = Pick<
  ApiFormOptions<M, Values>,
  'method' | 'defaultValues' | 'toInput' | 'formSchema' | 'fieldOf'
>;

/** Saves with the version in hand; on success the screens read again, the user is told, the dialog closes. */
export function useComplaintStep<M extends ComplaintStepMethod, Values extends FieldValues>(
  complaint: Complaint,
  onClose: () => void,
  notice: string,
  form: StepForm<M, Values>,
  /** After the notice and closing: what the page does next with the form as saved (after filing: offer to close the request). */
  then?: (updated: Complaint) => void,
): ApiForm<M, Values> {
  const { t } = useTranslation(['complaints', 'errors', 'common']);
  const notify = useNotify();
  return useApiForm({
    ...form,
    versioned: { version: complaint.version, latestVersion: async () => (await call('complaints.get', { id: complaint.id })).version },
    onSaved: (updated) => {
      notify(t(notice, { number: (updated as Complaint).number }));
      onClose();
      then?.(updated as Complaint);
    },
  });
}

/** The frame of every step's dialog: title, what the step is about, the fields, the version it was read at, save. */
export function StepDialog({
  title,
  testId,
  step,
  submitLabel,
  onClose,
  children,
  maxWidth = 'sm',
}: {
  title: string;
  testId: string;
  step: Pick<ApiForm<ComplaintStepMethod, FieldValues>, 'submit' | 'busy' | 'formError' | 'conflict' | 'version' | 'loadLatest' | 'askBeforeClosing' | 'changedElsewhere'>;
  submitLabel: string;
  onClose: () => void;
  children?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation(['complaints', 'common', 'users']);
  return (
    <Dialog open onClose={step.askBeforeClosing(onClose)} maxWidth={maxWidth} fullWidth>
      <form onSubmit={(event) => void step.submit(event)} noValidate data-testid={testId}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={step.formError} conflict={step.conflict} onLoadLatest={step.loadLatest} changedElsewhere={step.changedElsewhere} />
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={step.askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={step.busy} data-testid={`${testId}-save`}>
            {submitLabel}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
