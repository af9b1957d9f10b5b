// The dialogs of the steps that take a text or a confirmation: review (with an optional note), sending back for
// correction (with the reason), the agent's correction, the handling result, sending part 2, the reply to the
// customer, filing. Each shows what the step is about above its fields.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { RETURNED_BY } from '../../../../shared/complaints/route';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { DateTimeField } from '../../components/DateTimeField';
import { routeText } from './parts';
import { StepDialog, useComplaintStep } from './useComplaintStep';
import { useDeadlineFormat } from '../../components/Deadline';

export interface StepDialogProps {
  complaint: Complaint;
  onClose: () => void;
}

/** A labelled text the step is about, read-only (the complaint, the unit's opinion, the result to tell). */
export function Quote({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <Box sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** A multi-line text of a step; Ctrl+Enter saves, as in the other forms. */
function StepText({
  label,
  value,
  onChange,
  error,
  helperText,
  required = true,
  testId,
  autoFocus = true,
  max = 4000,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helperText?: string;
  required?: boolean;
  testId: string;
  autoFocus?: boolean;
  max?: number;
}) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required={required}
      multiline
      minRows={3}
      autoFocus={autoFocus}
      error={!!error}
      helperText={error ?? helperText}
      slotProps={{ htmlInput: { 'data-testid': testId, maxLength: max } }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.closest('form')?.requestSubmit();
      }}
    />
  );
}

export function ReviewDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints']);
  const step = useComplaintStep(complaint, onClose, 'notices.reviewed');
  const [note, setNote] = useState('');
  return (
    <StepDialog
      title={t('steps.review.title', { number: complaint.number })}
      testId="step-review"
      step={step}
      submitLabel={t('actions.review')}
      onClose={onClose}
      onSubmit={() => void step.run((version) => call('complaints.review', { id: complaint.id, version, ...(note.trim() !== '' && { note: note.trim() }) }))}
    >
      <Quote label={t('fields.content')}>{complaint.part1.content}</Quote>
      <StepText label={t('fields.reviewNote')} value={note} onChange={setNote} required={false} helperText={t('steps.review.help')} testId="step-review-text" max={500} />
    </StepDialog>
  );
}

export function ReturnDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors', 'common']);
  const step = useComplaintStep(complaint, onClose, 'notices.returned');
  const [reason, setReason] = useState('');
  const reviewer = RETURNED_BY[complaint.state];
  return (
    <StepDialog
      title={t('steps.returnForCorrection.title', { number: complaint.number })}
      testId="step-return"
      step={step}
      submitLabel={t('actions.returnForCorrection')}
      onClose={onClose}
      onSubmit={() => {
        if (reason.trim() === '') return step.setProblems({ reason: t('errors:validation.required') });
        void step.run((version) => call('complaints.returnForCorrection', { id: complaint.id, version, reason: reason.trim() }));
      }}
    >
      {reviewer && (
        <Typography variant="body2" color="text.secondary">
          {t(`steps.returnForCorrection.to.${complaint.state}`, { defaultValue: '' })}
        </Typography>
      )}
      <StepText
        label={t('fields.returnReason')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          step.clear('reason');
        }}
        error={step.problems.reason}
        testId="step-return-text"
        max={1000}
      />
    </StepDialog>
  );
}

export function ResubmitDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const step = useComplaintStep(complaint, onClose, 'notices.resubmitted');
  const [complainant, setComplainant] = useState(complaint.part1.complainant);
  const [contactPhone, setContactPhone] = useState(complaint.part1.contactPhone);
  const [content, setContent] = useState(complaint.part1.content);
  const submit = () => {
    const missing = Object.fromEntries(
      Object.entries({ complainant, contactPhone, content })
        .filter(([, value]) => value.trim() === '')
        .map(([field]) => [field, t('errors:validation.required')]),
    );
    if (Object.keys(missing).length > 0) return step.setProblems(missing);
    void step.run((version) =>
      call('complaints.resubmit', { id: complaint.id, version, complainant: complainant.trim(), contactPhone: contactPhone.trim(), content: content.trim() }),
    );
  };
  return (
    <StepDialog title={t('steps.resubmit.title', { number: complaint.number })} testId="step-resubmit" step={step} submitLabel={t('actions.resubmit')} onClose={onClose} onSubmit={submit} maxWidth="md">
      {complaint.returned && <Quote label={t('returned.reason')}>{complaint.returned.reason}</Quote>}
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('fields.complainant')}
          value={complainant}
          onChange={(event) => {
            setComplainant(event.target.value);
            step.clear('complainant');
          }}
          required
          error={!!step.problems.complainant}
          helperText={step.problems.complainant}
          slotProps={{ htmlInput: { 'data-testid': 'step-resubmit-complainant', maxLength: 60 } }}
        />
        <TextField
          label={t('fields.contactPhone')}
          value={contactPhone}
          onChange={(event) => {
            setContactPhone(event.target.value);
            step.clear('contactPhone');
          }}
          required
          error={!!step.problems.contactPhone}
          helperText={step.problems.contactPhone}
          slotProps={{ htmlInput: { 'data-testid': 'step-resubmit-phone', maxLength: 40 } }}
        />
      </Stack>
      <StepText
        label={t('fields.content')}
        value={content}
        onChange={(value) => {
          setContent(value);
          step.clear('content');
        }}
        error={step.problems.content}
        testId="step-resubmit-content"
        autoFocus={false}
      />
    </StepDialog>
  );
}

export function ResultDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const step = useComplaintStep(complaint, onClose, 'notices.resultRecorded');
  // Sent back by the manager, the result written before is still on part 1: corrected, not written again.
  const [result, setResult] = useState(complaint.part1.result);
  const fromOpinion = complaint.state === 'opinion_received';
  return (
    <StepDialog
      title={t('steps.recordResult.title', { number: complaint.number })}
      testId="step-result"
      step={step}
      submitLabel={t('common:actions.save')}
      onClose={onClose}
      onSubmit={() => {
        if (result.trim() === '') return step.setProblems({ result: t('errors:validation.required') });
        void step.run((version) => call('complaints.recordResult', { id: complaint.id, version, result: result.trim() }));
      }}
      maxWidth="md"
    >
      <Quote label={t('fields.content')}>{complaint.part1.content}</Quote>
      {fromOpinion && (
        <Quote label={t('fields.opinion')} testId="step-result-opinion">
          {`${complaint.part2.opinion}\n— ${complaint.part2.opinionBy}`}
        </Quote>
      )}
      {complaint.returned && <Quote label={t('returned.reason')}>{complaint.returned.reason}</Quote>}
      <StepText
        label={t('fields.result')}
        value={result}
        onChange={(value) => {
          setResult(value);
          step.clear('result');
        }}
        error={step.problems.result}
        helperText={t(fromOpinion ? 'steps.recordResult.helpTransfer' : 'steps.recordResult.helpInternal')}
        testId="step-result-text"
      />
    </StepDialog>
  );
}

export function SendDialog({ complaint, onClose }: StepDialogProps) {
  const { t, i18n } = useTranslation(['complaints']);
  const step = useComplaintStep(complaint, onClose, 'notices.sent');
  const deadline = useDeadlineFormat();
  return (
    <StepDialog
      title={t('steps.send.title', { number: complaint.number })}
      testId="step-send"
      step={step}
      submitLabel={t('actions.send')}
      onClose={onClose}
      onSubmit={() => void step.run((version) => call('complaints.send', { id: complaint.id, version }))}
    >
      <Typography variant="body2">{t('steps.send.help')}</Typography>
      <Quote label={t('fields.transferUnit')}>{routeText(t, complaint.part1.route, complaint.part2.transferUnit, i18n.language)}</Quote>
      {complaint.part2.dueAt !== null && <Quote label={t('fields.part2Due')}>{deadline(complaint.part2.dueAt)}</Quote>}
    </StepDialog>
  );
}

export function ReplyDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const step = useComplaintStep(complaint, onClose, 'notices.replied');
  const [reply, setReply] = useState('');
  const [repliedAt, setRepliedAt] = useState<number | null>(() => Date.now());
  return (
    <StepDialog
      title={t('steps.recordReply.title', { number: complaint.number })}
      testId="step-reply"
      step={step}
      submitLabel={t('common:actions.save')}
      onClose={onClose}
      onSubmit={() => {
        if (reply.trim() === '') return step.setProblems({ reply: t('errors:validation.required') });
        void step.run((version) => call('complaints.recordReply', { id: complaint.id, version, reply: reply.trim(), ...(repliedAt !== null && { repliedAt }) }));
      }}
      maxWidth="md"
    >
      <Quote label={t('steps.recordReply.whom')}>{`${complaint.part1.complainant} · ${complaint.part1.contactPhone}`}</Quote>
      <Quote label={t('fields.result')}>{complaint.part1.result}</Quote>
      <StepText
        label={t('fields.reply')}
        value={reply}
        onChange={(value) => {
          setReply(value);
          step.clear('reply');
        }}
        error={step.problems.reply}
        helperText={t('steps.recordReply.help')}
        testId="step-reply-text"
      />
      <DateTimeField label={t('fields.repliedAt')} value={repliedAt} onChange={setRepliedAt} testId="step-reply-at" disableFuture error={!!step.problems.repliedAt} helperText={step.problems.repliedAt} />
    </StepDialog>
  );
}

export function FileDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints']);
  const format = useFormat();
  const step = useComplaintStep(complaint, onClose, 'notices.filed');
  const { part1 } = complaint;
  return (
    <StepDialog
      title={t('steps.file.title', { number: complaint.number })}
      testId="step-file"
      step={step}
      submitLabel={t('actions.file')}
      onClose={onClose}
      onSubmit={() => void step.run((version) => call('complaints.file', { id: complaint.id, version }))}
    >
      <Typography variant="body2">{t('steps.file.help')}</Typography>
      <Quote label={t('fields.reply')}>{`${part1.reply}\n— ${[part1.repliedByName, format.dateTime(part1.repliedAt)].filter(Boolean).join(' · ')}`}</Quote>
    </StepDialog>
  );
}
