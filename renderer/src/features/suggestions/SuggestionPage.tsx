// One suggestion (/suggestions/:id): what the customer suggested, where it went and by when, the department's answer,
// what the customer was told; with the steps its state and the user's roles allow.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { Suggestion } from '../../../../shared/api/suggestions';
import { availableSuggestionActions, type SuggestionAction } from '../../../../shared/suggestions/workflow';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LabelledValue } from '../../components/LabelledValue';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextStepDialog } from '../../components/TextStepDialog';
import { ApiCallError } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import { departmentNameOf, DepartmentSelect } from '../departments';
import { AnswerFact, CallerFields, DueFact, FactsRow, RecordColumns, RecordHeading, RecordSection, StepCaption, useByline } from '../records';

function ForwardDialog({ suggestion, onClose, onSaved }: { suggestion: Suggestion; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(['suggestions', 'common']);
  const { form, submit, busy, formError, conflict, changedElsewhere, askBeforeClosing } = useApiForm({
    method: 'suggestions.forward',
    defaultValues: { departmentId: (suggestion.departmentId ?? '') as number | '' },
    toInput: (values: { departmentId: number | '' }, version) => ({
      id: suggestion.id,
      version,
      departmentId: values.departmentId === '' ? undefined : values.departmentId,
    }),
    // The version the dialog opened at: the page behind it reads the suggestion again when another desk saves it.
    versioned: { version: suggestion.version },
    onSaved: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="xs" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="forward-dialog">
        <DialogTitle>{t('steps.forward.title', { number: suggestion.number })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} />
            <Controller
              control={form.control}
              name="departmentId"
              render={({ field, fieldState }) => (
                <DepartmentSelect label={t('fields.forwardTo')} value={field.value} onChange={field.onChange} error={fieldState.error?.message} testId="forward-department" />
              )}
            />
            <Typography variant="caption" color="text.secondary">
              {t('steps.forward.help')}
            </Typography>
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="forward-dialog-save">
            {t('actions.forward')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function Details({ suggestion: s }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation(['suggestions', 'questions', 'requests']);
  const by = useByline();
  return (
    <RecordColumns>
      <RecordSection title={t('sections.suggestion')}>
        <LabelledValue label={t('fields.content')} testId="suggestion-content-view">
          {s.content}
        </LabelledValue>
        <FactsRow>
          <LabelledValue label={t('fields.channel')}>{t(`requests:channels.${s.channel}`)}</LabelledValue>
          <CallerFields record={s} />
        </FactsRow>
        <LabelledValue label={t('fields.recorded')}>{by(s.recordedAt, s.recordedByName)}</LabelledValue>
      </RecordSection>
      <RecordSection title={t('sections.handling')}>
        <FactsRow>
          <LabelledValue label={t('fields.department')}>{departmentNameOf(s, i18n.language) ?? t('notForwarded')}</LabelledValue>
          {s.forwardedAt !== null && <LabelledValue label={t('fields.forwarded')}>{by(s.forwardedAt, s.forwardedByName)}</LabelledValue>}
          <DueFact kind="suggestion" record={s} />
        </FactsRow>
        <AnswerFact kind="suggestion" record={s} />
        {s.closedAt !== null && (
          <LabelledValue label={t('fields.closingNote')} testId="suggestion-closing">
            {s.closingNote || t('questions:none')}
            <StepCaption>{t('questions:closedBy', { by: by(s.closedAt, s.closedByName) })}</StepCaption>
          </LabelledValue>
        )}
      </RecordSection>
    </RecordColumns>
  );
}

export function SuggestionPage() {
  const { t } = useTranslation('suggestions');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const me = useCurrentUser();
  const notify = useNotify();
  const query = useApiQuery('suggestions.get', { id: valid ? id : 1 }, { enabled: valid });
  const [step, setStep] = useState<SuggestionAction | null>(null);
  usePageTitle(query.data?.number ?? null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such suggestion' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  const close = () => setStep(null);
  const saved = (key: string) => () => notify(t(key, { number: s.number }));
  const versioned = { id: s.id, version: s.version };

  return (
    <Stack spacing={2} data-testid="suggestion-page">
      <RecordHeading kind="suggestion" record={s}>
        {availableSuggestionActions(s.state, me.roles).map((action) => {
          const again = action === 'forward' && s.state === 'forwarded';
          return (
            <Button key={action} variant={again ? 'outlined' : 'contained'} onClick={() => setStep(action)} data-testid={`suggestion-action-${action}`}>
              {t(again ? 'actions.reforward' : `actions.${action}`)}
            </Button>
          );
        })}
      </RecordHeading>
      <Details suggestion={s} />
      {step === 'forward' && <ForwardDialog suggestion={s} onClose={close} onSaved={saved('notices.forwarded')} />}
      {step === 'answer' && (
        <TextStepDialog
          method="suggestions.answer"
          textField="answer"
          input={(answer) => ({ ...versioned, answer })}
          title={t('steps.answer.title', { number: s.number })}
          label={t('fields.answer')}
          testId="suggestion-answer-dialog"
          onClose={close}
          onSaved={saved('notices.answered')}
        >
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {s.content}
          </Typography>
        </TextStepDialog>
      )}
      {step === 'close' && (
        <TextStepDialog
          method="suggestions.close"
          textField="note"
          input={(note) => ({ ...versioned, ...(note && { note }) })}
          title={t('steps.close.title', { number: s.number })}
          label={t('fields.closingNote')}
          required={false}
          helperText={t('steps.close.help')}
          initial={s.answer}
          testId="suggestion-close-dialog"
          submitLabel={t('actions.close')}
          onClose={close}
          onSaved={saved('notices.closed')}
        />
      )}
    </Stack>
  );
}
