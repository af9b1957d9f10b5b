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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { SearchBox } from '../customer-search';
import type { PickedCustomer } from '../customer-search';
import { fieldProblems } from './useComplaintStep';

export interface ComplaintPrefill {
  customer?: PickedCustomer | null;
  complainant?: string;
  contactPhone?: string;
  content?: string;
  requestId?: number;
  /** The request's number, shown so the agent sees what the form is tied to. */
  requestNumber?: string;
}

export function ComplaintDialog({ prefill = {}, onClose, onCreated }: { prefill?: ComplaintPrefill; onClose: () => void; onCreated?: (complaint: Complaint) => void }) {
  const { t } = useTranslation(['complaints', 'common', 'errors']);
  const notify = useNotify();
  const [customer, setCustomer] = useState<PickedCustomer | null>(prefill.customer ?? null);
  const [complainant, setComplainant] = useState(prefill.complainant ?? '');
  const [contactPhone, setContactPhone] = useState(prefill.contactPhone ?? '');
  const [content, setContent] = useState(prefill.content ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = (field: string) => setProblems(({ [field]: _, ...rest }) => rest);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (customer === null) missing.customerId = t('errors:validation.required');
    if (complainant.trim() === '') missing.complainant = t('errors:validation.required');
    if (contactPhone.trim() === '') missing.contactPhone = t('errors:validation.required');
    if (content.trim() === '') missing.content = t('errors:validation.required');
    if (Object.keys(missing).length > 0 || customer === null) {
      setProblems(missing);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await call('complaints.create', {
        customerId: customer.id,
        complainant: complainant.trim(),
        contactPhone: contactPhone.trim(),
        content: content.trim(),
        ...(prefill.requestId !== undefined && { requestId: prefill.requestId }),
      });
      notify(t('notices.filled', { number: created.number }));
      onClose();
      onCreated?.(created);
    } catch (failure) {
      setProblems(fieldProblems(t, failure));
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="complaint-dialog">
        <DialogTitle>{t('fill.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={error} />
            {prefill.requestNumber && (
              <Typography variant="body2" color="text.secondary">
                {t('fill.fromRequest', { number: prefill.requestNumber })}
              </Typography>
            )}
            <Stack spacing={0.75}>
              <Typography variant="caption" color={problems.customerId ? 'error' : 'text.secondary'}>
                {t('fields.customer')} *
              </Typography>
              {customer ? (
                <Stack direction="row">
                  <Chip label={`${customer.name} · ${customer.code}`} onDelete={() => setCustomer(null)} data-testid="picked-customer" />
                </Stack>
              ) : (
                <SearchBox
                  variant="picker"
                  testId="complaint-customer-search"
                  onOpen={(item) => {
                    setCustomer({ id: item.id, name: item.name, code: item.code });
                    clear('customerId');
                    // The archive's contact is most often the one complaining: offered, never over what was typed.
                    if (complainant.trim() === '' && item.primaryContact) setComplainant(item.primaryContact);
                    if (contactPhone.trim() === '' && item.primaryPhone) setContactPhone(item.primaryPhone);
                  }}
                />
              )}
              {problems.customerId && (
                <Typography variant="caption" color="error" data-testid="complaint-customer-error">
                  {problems.customerId}
                </Typography>
              )}
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField
                label={t('fields.complainant')}
                value={complainant}
                onChange={(event) => {
                  setComplainant(event.target.value);
                  clear('complainant');
                }}
                required
                error={!!problems.complainant}
                helperText={problems.complainant}
                slotProps={{ htmlInput: { 'data-testid': 'complaint-complainant', maxLength: 60 } }}
              />
              <TextField
                label={t('fields.contactPhone')}
                value={contactPhone}
                onChange={(event) => {
                  setContactPhone(event.target.value);
                  clear('contactPhone');
                }}
                required
                error={!!problems.contactPhone}
                helperText={problems.contactPhone}
                slotProps={{ htmlInput: { 'data-testid': 'complaint-contact-phone', maxLength: 40 } }}
              />
            </Stack>
            <TextField
              label={t('fields.content')}
              value={content}
              onChange={(event) => {
                setContent(event.target.value);
                clear('content');
              }}
              required
              multiline
              minRows={4}
              error={!!problems.content}
              helperText={problems.content ?? t('fill.contentHelp')}
              slotProps={{ htmlInput: { 'data-testid': 'complaint-content', maxLength: 4000 } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="complaint-save">
            {t('fill.submit')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
