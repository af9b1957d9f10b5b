// The customer's confirmation of the result (反馈确认): satisfied closes the request, not satisfied sends it back to work.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SaveDialogActions } from '../../../components/SaveDialogActions';
import { inputMaxLength } from '../../../../../shared/api/limits';
import { LongTextField } from '../../../components/LongTextField';
import { call } from '../../../lib/api';
import { useApiForm } from '../../../lib/apiForm';

type ConfirmValues = { satisfied: 'yes' | 'no'; comment: string };

/** Sent back to work, the request needs to say why: the customer's words are what the next step goes on. */
const whyNot = z
  .object({ satisfied: z.enum(['yes', 'no']), comment: z.string() })
  .refine((v) => v.satisfied === 'yes' || v.comment.trim() !== '', { path: ['comment'], message: 'requests:confirm.commentRequired' });

export function ConfirmDialog({ request, onClose }: { request: ServiceRequest; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method: 'requests.confirm',
    defaultValues: { satisfied: 'yes', comment: '' } satisfies ConfirmValues as ConfirmValues,
    toInput: (values: ConfirmValues, version) => ({
      id: request.id,
      version,
      satisfied: values.satisfied === 'yes',
      ...(values.comment.trim() !== '' && { comment: values.comment }),
    }),
    formSchema: whyNot,
    versioned: { version: request.version, latestVersion: async () => (await call('requests.get', { id: request.id })).request.version },
    onSaved: () => onClose(),
  });
  const { register, control, formState: { errors } } = form;
  const satisfied = useWatch({ control, name: 'satisfied' });

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} slotProps={{ paper: { 'data-testid': 'confirm-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('confirm.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <Controller
              control={control}
              name="satisfied"
              render={({ field }) => (
                <RadioGroup value={field.value} onChange={(event) => field.onChange(event.target.value as 'yes' | 'no')}>
                  <FormControlLabel value="yes" control={<Radio slotProps={{ input: { 'data-testid': 'confirm-satisfied' } as object }} />} label={t('confirm.satisfiedHelp')} />
                  <FormControlLabel value="no" control={<Radio slotProps={{ input: { 'data-testid': 'confirm-not-satisfied' } as object }} />} label={t('confirm.notSatisfiedHelp')} />
                </RadioGroup>
              )}
            />
            <LongTextField
              label={t('confirm.comment')}
              {...register('comment')}
              text={form.watch('comment')}
              max={inputMaxLength('requests.confirm', 'comment')}
              required={satisfied === 'no'}
              error={!!errors.comment}
              helperText={errors.comment?.message}
              minRows={2}
              testId="confirm-comment"
            />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="confirm-save" />
      </form>
    </Dialog>
  );
}
