// Recording a customer's suggestion (客户建议记录单): what they suggest, how it came in, who they are, and (when the
// agent knows it already) the department it goes to. Also opened from the call form with the request's caller.
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_CHANNELS, type RequestChannel } from '../../../../shared/api/requests';
import type { Suggestion } from '../../../../shared/api/suggestions';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { apiErrorOf, errorMessage } from '../../lib/errors';
import { CustomerPickerField, type PickedCustomer } from '../customer-search';
import { DepartmentSelect } from '../departments';

export interface SuggestionPrefill {
  content?: string;
  channel?: RequestChannel;
  callerName?: string;
  callerPhone?: string;
  customer?: PickedCustomer | null;
  requestId?: number;
}

export function SuggestionDialog({ prefill = {}, onClose, onCreated }: { prefill?: SuggestionPrefill; onClose: () => void; onCreated?: (suggestion: Suggestion) => void }) {
  const { t } = useTranslation(['suggestions', 'questions', 'requests', 'common', 'errors']);
  const notify = useNotify();
  const [content, setContent] = useState(prefill.content ?? '');
  const [channel, setChannel] = useState<RequestChannel>(prefill.channel ?? 'hotline');
  const [callerName, setCallerName] = useState(prefill.callerName ?? '');
  const [callerPhone, setCallerPhone] = useState(prefill.callerPhone ?? '');
  const [customer, setCustomer] = useState<PickedCustomer | null>(prefill.customer ?? null);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (content.trim() === '') {
      setProblems({ content: t('errors:validation.required') });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await call('suggestions.create', {
        content: content.trim(),
        channel,
        callerName: callerName.trim(),
        callerPhone: callerPhone.trim(),
        customerId: customer?.id ?? null,
        ...(prefill.requestId !== undefined && { requestId: prefill.requestId }),
        ...(departmentId !== '' && { departmentId }),
      });
      notify(t('notices.recorded', { number: created.number }));
      onClose();
      onCreated?.(created);
    } catch (failure) {
      setProblems(Object.fromEntries((apiErrorOf(failure).details?.fields ?? []).map((f) => [f.path.split('.')[0]!, t(`errors:${f.key}`, f.params ?? {})])));
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="suggestion-dialog">
        <DialogTitle>{t('form.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={error} />
            <TextField
              label={t('fields.content')}
              value={content}
              onChange={(event) => {
                setContent(event.target.value);
                setProblems({});
              }}
              required
              multiline
              minRows={3}
              autoFocus
              error={!!problems.content}
              helperText={problems.content}
              slotProps={{ htmlInput: { 'data-testid': 'suggestion-content', maxLength: 4000 } }}
            />
            <Stack direction="row" spacing={2}>
              <TextField select label={t('fields.channel')} value={channel} onChange={(event) => setChannel(event.target.value as RequestChannel)} sx={{ width: 180, flexShrink: 0 }} data-testid="suggestion-channel">
                {REQUEST_CHANNELS.map((c) => (
                  <MenuItem key={c} value={c}>
                    {t(`requests:channels.${c}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField label={t('questions:fields.callerName')} value={callerName} onChange={(event) => setCallerName(event.target.value)} slotProps={{ htmlInput: { 'data-testid': 'suggestion-caller-name', maxLength: 60 } }} />
              <TextField
                label={t('questions:fields.callerPhone')}
                value={callerPhone}
                onChange={(event) => setCallerPhone(event.target.value)}
                error={!!problems.callerPhone}
                helperText={problems.callerPhone}
                slotProps={{ htmlInput: { 'data-testid': 'suggestion-caller-phone', maxLength: 40 } }}
              />
            </Stack>
            <CustomerPickerField label={t('questions:fields.customer')} value={customer} onChange={setCustomer} />
            <DepartmentSelect
              label={t('fields.forwardTo')}
              value={departmentId}
              onChange={setDepartmentId}
              anyLabel={t('form.forwardLater')}
              error={problems.departmentId}
              testId="suggestion-department"
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="suggestion-save">
            {t('form.submit')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
