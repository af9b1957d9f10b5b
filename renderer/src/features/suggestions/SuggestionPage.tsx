// One suggestion (/suggestions/:id): what the customer suggested, where it went and by when, the department's answer,
// what the customer was told; with the steps its state and the user's roles allow.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import type { Suggestion } from '../../../../shared/api/suggestions';
import { availableSuggestionActions, type SuggestionAction } from '../../../../shared/suggestions/workflow';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { ApiCallError, call } from '../../lib/api';
import { errorMessage, isConflict } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { LabelledValue } from '../../components/LabelledValue';
import { TextStepDialog } from '../../components/TextStepDialog';
import { departmentNameOf, DepartmentSelect } from '../departments';
import { SuggestionStateChip } from './SuggestionStateChip';
import { CallerFields } from '../records';
import { DueText } from '../../components/Deadline';

function ForwardDialog({ suggestion, onClose, onDone }: { suggestion: Suggestion; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation(['suggestions', 'common', 'errors']);
  const [departmentId, setDepartmentId] = useState<number | ''>(suggestion.departmentId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (departmentId === '') {
      setError(t('errors:validation.required'));
      return;
    }
    setBusy(true);
    try {
      await call('suggestions.forward', { id: suggestion.id, version: suggestion.version, departmentId });
      await onDone();
      onClose();
    } catch (failure) {
      setConflict(isConflict(failure));
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
        data-testid="forward-dialog"
      >
        <DialogTitle>{t('steps.forward.title', { number: suggestion.number })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={error} conflict={conflict} />
            <DepartmentSelect label={t('fields.forwardTo')} value={departmentId} onChange={setDepartmentId} testId="forward-department" />
            <Typography variant="caption" color="text.secondary">
              {t('steps.forward.help')}
            </Typography>
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="forward-dialog-save">
            {t('actions.forward')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function SuggestionPage() {
  const { t, i18n } = useTranslation(['suggestions', 'questions', 'requests', 'common']);
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const me = useCurrentUser();
  const format = useFormat();
  const notify = useNotify();
  const query = useApiQuery('suggestions.get', { id: valid ? id : 1 }, { enabled: valid });
  const [step, setStep] = useState<SuggestionAction | null>(null);
  usePageTitle(query.data?.number ?? null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such suggestion' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  const actions = availableSuggestionActions(s.state, me.roles);
  const by = (at: number | null, name: string | null) => [format.dateTime(at), name ?? ''].filter(Boolean).join(' · ');
  const done = (key: string) => async () => {
    notify(t(key, { number: s.number }));
  };
  const department = departmentNameOf(s, i18n.language) ?? t('notForwarded');

  return (
    <Stack spacing={2} data-testid="suggestion-page">
      <BackLink to="/suggestions">{t('back')}</BackLink>
      <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" component="h1" data-testid="page-title">
          {t('recordTitle', { number: s.number })}
        </Typography>
        <SuggestionStateChip state={s.state} />
        {s.overdue && <Chip size="small" color="error" label={t('common:deadline.overdue')} />}
        <Box sx={{ flex: 1 }} />
        {actions.map((action) => (
          <Button key={action} variant={action === 'forward' && s.state === 'forwarded' ? 'outlined' : 'contained'} onClick={() => setStep(action)} data-testid={`suggestion-action-${action}`}>
            {t(action === 'forward' && s.state === 'forwarded' ? 'actions.reforward' : `actions.${action}`)}
          </Button>
        ))}
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
            {t('sections.suggestion')}
          </Typography>
          <Stack spacing={1.25}>
            <LabelledValue label={t('fields.content')} testId="suggestion-content-view">
              {s.content}
            </LabelledValue>
            <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <LabelledValue label={t('fields.channel')}>{t(`requests:channels.${s.channel}`)}</LabelledValue>
              <CallerFields record={s} />
            </Stack>
            <LabelledValue label={t('fields.recorded')}>{by(s.recordedAt, s.recordedByName)}</LabelledValue>
          </Stack>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
            {t('sections.handling')}
          </Typography>
          <Stack spacing={1.25}>
            <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <LabelledValue label={t('fields.department')}>{department}</LabelledValue>
              {s.forwardedAt !== null && <LabelledValue label={t('fields.forwarded')}>{by(s.forwardedAt, s.forwardedByName)}</LabelledValue>}
              {s.dueAt !== null && (
                <LabelledValue label={t('fields.dueAt')}>
                  <DueText dueAt={s.dueAt} overdue={s.overdue} testId="suggestion-due" />
                </LabelledValue>
              )}
            </Stack>
            <LabelledValue label={t('fields.answer')} testId="suggestion-answer">
              {s.answeredAt !== null ? s.answer : t('awaitingAnswer')}
            </LabelledValue>
            {s.answeredAt !== null && (
              <Typography variant="caption" color="text.secondary">
                {t('questions:recordedBy', { by: by(s.answeredAt, s.answeredByName) })}
              </Typography>
            )}
            {s.closedAt !== null && (
              <LabelledValue label={t('fields.closingNote')} testId="suggestion-closing">
                {s.closingNote || t('questions:none')}
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('questions:closedBy', { by: by(s.closedAt, s.closedByName) })}
                </Typography>
              </LabelledValue>
            )}
          </Stack>
        </Paper>
      </Box>
      {step === 'forward' && <ForwardDialog suggestion={s} onClose={() => setStep(null)} onDone={done('notices.forwarded')} />}
      {step === 'answer' && (
        <TextStepDialog
          title={t('steps.answer.title', { number: s.number })}
          label={t('fields.answer')}
          testId="suggestion-answer-dialog"
          onClose={() => setStep(null)}
          onSubmit={async (answer) => {
            await call('suggestions.answer', { id: s.id, version: s.version, answer });
            await done('notices.answered')();
          }}
        >
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {s.content}
          </Typography>
        </TextStepDialog>
      )}
      {step === 'close' && (
        <TextStepDialog
          title={t('steps.close.title', { number: s.number })}
          label={t('fields.closingNote')}
          required={false}
          helperText={t('steps.close.help')}
          initial={s.answer}
          testId="suggestion-close-dialog"
          submitLabel={t('actions.close')}
          onClose={() => setStep(null)}
          onSubmit={async (note) => {
            await call('suggestions.close', { id: s.id, version: s.version, ...(note && { note }) });
            await done('notices.closed')();
          }}
        />
      )}
    </Stack>
  );
}
