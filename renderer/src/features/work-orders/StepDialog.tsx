// The frame of a step on a work order: its title, what was refused above the fields, cancel and the step's button. The
// step saves through useApiForm against the version read; a conflict offers the latest version.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues } from 'react-hook-form';
import type { WorkOrder } from '../../../../shared/api/workOrders';
import type { WriteMethodName } from '../../../../shared/api';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import type { ApiForm } from '../../lib/apiForm';

/** How a step reads the version to retry with after a conflict. */
export const latestVersionOf = (order: WorkOrder) => async () => (await call('workOrders.get', { id: order.id })).version;

export function StepDialog<M extends WriteMethodName, Values extends FieldValues>({
  form,
  title,
  submitLabel,
  testId,
  onClose,
  children,
  maxWidth = 'sm',
}: {
  form: ApiForm<M, Values>;
  title: string;
  submitLabel: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation('common');
  return (
    <Dialog open onClose={form.askBeforeClosing(onClose)} maxWidth={maxWidth} fullWidth>
      <form onSubmit={(event) => void form.submit(event)} noValidate data-testid={testId}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={form.formError} conflict={form.conflict} onLoadLatest={form.loadLatest} />
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
