// The frame of a step of a record that takes a few fields (dispatch a work order, send a unit to the factory, 测试合格,
// the appraisal group…): the title, what the step means, its fields, cancel and the step's own button. The form inside
// is the caller's useApiForm, so what the back end refuses shows on its field and a conflict offers the latest version.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiOutput, WriteMethodName } from '../../../shared/api';
import { FormErrorAlert } from './FormErrorAlert';
import { SubmitButton } from './SubmitButton';
import { useApiForm, type ApiForm, type ApiFormOptions } from '../lib/apiForm';

export function FieldsStepDialog<M extends WriteMethodName>({
  form,
  title,
  text,
  submitLabel,
  testId,
  onClose,
  maxWidth = 'sm',
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's values: the frame reads only its state
  form: ApiForm<M, any>;
  title: string;
  text?: ReactNode;
  submitLabel: string;
  testId: string;
  onClose: () => void;
  maxWidth?: 'xs' | 'sm' | 'md';
  children?: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <Dialog open onClose={form.askBeforeClosing(onClose)} maxWidth={maxWidth} fullWidth aria-labelledby={`${testId}-title`}>
      <form onSubmit={(event) => void form.submit(event)} noValidate data-testid={testId}>
        <DialogTitle id={`${testId}-title`}>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <FormErrorAlert error={form.formError} conflict={form.conflict} changedElsewhere={form.changedElsewhere} onLoadLatest={form.loadLatest} />
            {text && (
              <Typography variant="body2" component="div">
                {text}
              </Typography>
            )}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={form.askBeforeClosing(onClose)}>{t('actions.cancel')}</Button>
          <SubmitButton busy={form.busy} data-testid={`${testId}-save`}>
            {submitLabel}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** A step's form: useApiForm whose save hands the record on and closes the dialog. */
export function useStepForm<M extends WriteMethodName, Values extends FieldValues>({
  onSaved,
  onClose,
  ...options
}: Omit<ApiFormOptions<M, Values>, 'onSaved'> & { onSaved: (saved: ApiOutput<M>) => void; onClose: () => void }): ApiForm<M, Values> {
  return useApiForm<M, Values>({
    ...options,
    onSaved: (saved) => {
      onSaved(saved);
      onClose();
    },
  });
}
