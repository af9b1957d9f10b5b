// Opening a difficult question record (疑难问题记录表): what the caller asked, which department must answer, what the
// caller was told about why and by when. Also opened from the call form, with the request's caller and words.
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DifficultQuestion } from '../../../../shared/api/questions';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { apiErrorOf, errorMessage } from '../../lib/errors';
import { DateTimeField } from '../../components/DateTimeField';
import { CustomerPickerField, type PickedCustomer } from '../customer-search';
import { DepartmentSelect } from '../departments';

export interface QuestionPrefill {
  question?: string;
  callerName?: string;
  callerPhone?: string;
  customer?: PickedCustomer | null;
  /** The request (call) the question came from: the record is written to its service log. */
  requestId?: number;
}

export function QuestionDialog({ prefill = {}, onClose, onCreated }: { prefill?: QuestionPrefill; onClose: () => void; onCreated?: (question: DifficultQuestion) => void }) {
  const { t } = useTranslation(['questions', 'common', 'errors']);
  const notify = useNotify();
  const [question, setQuestion] = useState(prefill.question ?? '');
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [callerName, setCallerName] = useState(prefill.callerName ?? '');
  const [callerPhone, setCallerPhone] = useState(prefill.callerPhone ?? '');
  const [customer, setCustomer] = useState<PickedCustomer | null>(prefill.customer ?? null);
  const [reasonTold, setReasonTold] = useState('');
  const [promised, setPromised] = useState<number | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (question.trim() === '') found.question = t('errors:validation.required');
    if (departmentId === '') found.departmentId = t('errors:validation.required');
    setProblems(found);
    if (Object.keys(found).length > 0 || departmentId === '') return;
    setBusy(true);
    setError(null);
    try {
      const created = await call('questions.create', {
        question: question.trim(),
        departmentId,
        callerName: callerName.trim(),
        callerPhone: callerPhone.trim(),
        customerId: customer?.id ?? null,
        ...(prefill.requestId !== undefined && { requestId: prefill.requestId }),
        ...(reasonTold.trim() !== '' && { reasonTold: reasonTold.trim() }),
        ...(promised !== null && { replyPromisedAt: promised }),
      });
      notify(t('notices.opened', { number: created.number }));
      onClose();
      onCreated?.(created);
    } catch (failure) {
      const fields = Object.fromEntries((apiErrorOf(failure).details?.fields ?? []).map((f) => [f.path.split('.')[0]!, t(`errors:${f.key}`, f.params ?? {})]));
      setProblems(fields);
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="question-dialog">
        <DialogTitle>{t('form.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={error} />
            <TextField
              label={t('fields.question')}
              value={question}
              onChange={(event) => setQuestion(event.target.value)}
              required
              multiline
              minRows={3}
              autoFocus
              error={!!problems.question}
              helperText={problems.question}
              slotProps={{ htmlInput: { 'data-testid': 'question-text', maxLength: 4000 } }}
            />
            <DepartmentSelect label={t('fields.department')} value={departmentId} onChange={setDepartmentId} error={problems.departmentId} testId="question-department" />
            <Stack direction="row" spacing={2}>
              <TextField label={t('fields.callerName')} value={callerName} onChange={(event) => setCallerName(event.target.value)} slotProps={{ htmlInput: { 'data-testid': 'question-caller-name', maxLength: 60 } }} />
              <TextField
                label={t('fields.callerPhone')}
                value={callerPhone}
                onChange={(event) => setCallerPhone(event.target.value)}
                error={!!problems.callerPhone}
                helperText={problems.callerPhone}
                slotProps={{ htmlInput: { 'data-testid': 'question-caller-phone', maxLength: 40 } }}
              />
            </Stack>
            <CustomerPickerField label={t('fields.customer')} value={customer} onChange={setCustomer} />
            <TextField
              label={t('fields.reasonTold')}
              value={reasonTold}
              onChange={(event) => setReasonTold(event.target.value)}
              helperText={t('form.reasonToldHelp')}
              slotProps={{ htmlInput: { 'data-testid': 'question-reason', maxLength: 1000 } }}
            />
            <Box sx={{ maxWidth: 320 }}>
              <DateTimeField
                label={t('fields.replyPromisedAt')}
                value={promised}
                onChange={setPromised}
                testId="question-promised"
                error={!!problems.replyPromisedAt}
                helperText={problems.replyPromisedAt ?? t('form.replyPromisedHelp')}
              />
            </Box>
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="question-save">
            {t('form.submit')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
