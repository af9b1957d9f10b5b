// Filling a complaint form (填写投诉联系书) for a complaint not settled on the spot: the customer, who complains, how
// to reach them, what the complaint is. From a complaint call it comes prefilled with the call and is tied to it.
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { useNotify } from '../../app/notify';
import { inputMaxLength } from '../../../../shared/api/limits';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LongTextField } from '../../components/LongTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm } from '../../lib/apiForm';
import { editablePhone } from '../../lib/phone';
import { useRecordT } from '../../lib/recordLanguage';
import { SearchBox } from '../customer-search';
import type { PickedCustomer } from '../customer-search';
import { phoneGiven } from './StepDialogs';

export interface ComplaintPrefill {
  customer?: PickedCustomer | null;
  complainant?: string;
  contactPhone?: string;
  content?: string;
  requestId?: number;
  /** The request's number, shown so the agent sees what the form is tied to. */
  requestNumber?: string;
}

type ComplaintValues = { customer: PickedCustomer | null; complainant: string; contactPhone: string; content: string };

export function ComplaintDialog({ prefill = {}, onClose, onCreated }: { prefill?: ComplaintPrefill; onClose: () => void; onCreated?: (complaint: Complaint) => void }) {
  const { t } = useTranslation(['complaints', 'common', 'errors']);
  const notify = useNotify();
  // The contact phone offered is stored on the form (and printed): its extension marker in the center's language.
  const recordT = useRecordT('customers');
  const { form, submit, busy, formError, askBeforeClosing } = useApiForm({
    method: 'complaints.create',
    defaultValues: {
      customer: prefill.customer ?? null,
      complainant: prefill.complainant ?? '',
      contactPhone: prefill.contactPhone ?? '',
      content: prefill.content ?? '',
    } satisfies ComplaintValues as ComplaintValues,
    toInput: (values: ComplaintValues) => ({
      customerId: values.customer?.id,
      complainant: values.complainant.trim(),
      contactPhone: values.contactPhone.trim(),
      content: values.content.trim(),
      ...(prefill.requestId !== undefined && { requestId: prefill.requestId }),
    }),
    formSchema: phoneGiven,
    fieldOf: (path) => (path === 'customerId' ? 'customer' : path === 'requestId' ? null : undefined),
    onSaved: (created) => {
      notify(t('notices.filled', { number: created.number }));
      onClose();
      onCreated?.(created);
    },
  });
  const { register, control, getValues, setValue, clearErrors, formState: { errors } } = form;
  const customer = useWatch({ control, name: 'customer' });
  const content = useWatch({ control, name: 'content' });

  const pick = (picked: PickedCustomer, primaryContact: string | null, primaryPhone: string | null) => {
    setValue('customer', picked);
    clearErrors('customer');
    // The archive's contact is most often the one complaining: offered, never over what was typed.
    if (getValues('complainant').trim() === '' && primaryContact) setValue('complainant', primaryContact);
    if (getValues('contactPhone').trim() === '' && primaryPhone) setValue('contactPhone', primaryPhone);
  };

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="complaint-dialog">
        <DialogTitle>{t('fill.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} />
            {prefill.requestNumber && (
              <Typography variant="body2" color="text.secondary">
                {t('fill.fromRequest', { number: prefill.requestNumber })}
              </Typography>
            )}
            <Stack spacing={0.75}>
              <Typography variant="caption" color={errors.customer ? 'error' : 'text.secondary'}>
                {t('fields.customer')} *
              </Typography>
              {customer ? (
                <Stack direction="row">
                  <Chip label={`${customer.name} · ${customer.code}`} onDelete={() => setValue('customer', null)} data-testid="picked-customer" />
                </Stack>
              ) : (
                <SearchBox
                  variant="picker"
                  testId="complaint-customer-search"
                  onOpen={(item) => pick({ id: item.id, name: item.name, code: item.code }, item.primaryContact, item.primaryPhone && editablePhone(recordT, item.primaryPhone, item.primaryExtension))}
                />
              )}
              {errors.customer?.message && (
                <Typography variant="caption" color="error" data-testid="complaint-customer-error">
                  {errors.customer.message}
                </Typography>
              )}
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField
                label={t('fields.complainant')}
                {...register('complainant')}
                required
                error={!!errors.complainant}
                helperText={errors.complainant?.message}
                slotProps={{ htmlInput: { 'data-testid': 'complaint-complainant', maxLength: 60 } }}
              />
              <TextField
                label={t('fields.contactPhone')}
                {...register('contactPhone')}
                required
                error={!!errors.contactPhone}
                helperText={errors.contactPhone?.message}
                slotProps={{ htmlInput: { 'data-testid': 'complaint-contact-phone', maxLength: 40 } }}
              />
            </Stack>
            <LongTextField
              label={t('fields.content')}
              {...register('content')}
              text={content}
              max={inputMaxLength('complaints.create', 'content')}
              required
              minRows={4}
              error={!!errors.content}
              helperText={errors.content?.message ?? t('fill.contentHelp')}
              testId="complaint-content"
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="complaint-save">
            {t('fill.submit')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
