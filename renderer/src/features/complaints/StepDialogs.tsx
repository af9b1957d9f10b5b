// The dialogs of the steps that take a text or a confirmation: review (with an optional note), sending back for
// correction (with the reason), the agent's correction, the handling result, sending part 2, the reply to the
// customer, filing. Each shows what the step is about above its fields.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { Controller, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodName } from '../../../../shared/api';
import type { Complaint } from '../../../../shared/api/complaints';
import { inputMaxLength } from '../../../../shared/api/limits';
import { LongTextField } from '../../components/LongTextField';
import { RETURNED_BY } from '../../../../shared/complaints/route';
import { useFormat } from '../../lib/format';
import { DateTimeField } from '../../components/DateTimeField';
import { routeText } from './parts';
import { StepDialog, useComplaintStep } from './useComplaintStep';
import { DeadlineText } from '../../components/Deadline';

export interface StepDialogProps {
  complaint: Complaint;
  onClose: () => void;
}

/** A labelled text the step is about, read-only (the complaint, the unit's opinion, the result to tell). */
export function Quote({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
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

/**
 * A multi-line text of a step (its field registered with the step's form), counted against what `method` takes at the
 * field's name; Ctrl+Enter saves, as in the other forms.
 */
function StepText({
  label,
  field,
  text,
  method,
  error,
  helperText,
  required = true,
  testId,
  autoFocus = true,
}: {
  label: string;
  field: UseFormRegisterReturn;
  text: string;
  method: MethodName;
  error?: string;
  helperText?: string;
  required?: boolean;
  testId: string;
  autoFocus?: boolean;
}) {
  return (
    <LongTextField
      label={label}
      {...field}
      text={text}
      max={inputMaxLength(method, field.name)}
      required={required}
      minRows={3}
      autoFocus={autoFocus}
      error={!!error}
      helperText={error ?? helperText}
      testId={testId}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.closest('form')?.requestSubmit();
      }}
    />
  );
}

/** A blank phone is said to be missing (the method would count its characters). */
export const phoneGiven = z.object({ contactPhone: z.string().refine((phone) => phone.trim() !== '', { message: 'validation.required' }) });

export function ReviewDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints']);
  const step = useComplaintStep(complaint, onClose, 'notices.reviewed', {
    method: 'complaints.review',
    defaultValues: { note: '' },
    toInput: ({ note }: { note: string }, version) => ({ id: complaint.id, version, ...(note.trim() !== '' && { note: note.trim() }) }),
  });
  const { register, formState: { errors } } = step.form;
  return (
    <StepDialog title={t('steps.review.title', { number: complaint.number })} testId="step-review" step={step} submitLabel={t('actions.review')} onClose={onClose}>
      <Quote label={t('fields.content')}>{complaint.part1.content}</Quote>
      <StepText
        label={t('fields.reviewNote')}
        field={register('note')}
        text={step.form.watch('note')}
        method="complaints.review"
        error={errors.note?.message}
        required={false}
        helperText={t('steps.review.help')}
        testId="step-review-text"
      />
    </StepDialog>
  );
}

export function ReturnDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors', 'common']);
  const step = useComplaintStep(complaint, onClose, 'notices.returned', {
    method: 'complaints.returnForCorrection',
    defaultValues: { reason: '' },
    toInput: ({ reason }: { reason: string }, version) => ({ id: complaint.id, version, reason: reason.trim() }),
  });
  const { register, formState: { errors } } = step.form;
  const reviewer = RETURNED_BY[complaint.state];
  return (
    <StepDialog
      title={t('steps.returnForCorrection.title', { number: complaint.number })}
      testId="step-return"
      step={step}
      submitLabel={t('actions.returnForCorrection')}
      onClose={onClose}
    >
      {reviewer && (
        <Typography variant="body2" color="text.secondary">
          {t(`steps.returnForCorrection.to.${complaint.state}`, { defaultValue: '' })}
        </Typography>
      )}
      <StepText label={t('fields.returnReason')} field={register('reason')} text={step.form.watch('reason')} method="complaints.returnForCorrection" error={errors.reason?.message} testId="step-return-text" />
    </StepDialog>
  );
}

type ResubmitValues = { complainant: string; contactPhone: string; content: string };

export function ResubmitDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const step = useComplaintStep(complaint, onClose, 'notices.resubmitted', {
    method: 'complaints.resubmit',
    defaultValues: {
      complainant: complaint.part1.complainant,
      contactPhone: complaint.part1.contactPhone,
      content: complaint.part1.content,
    } satisfies ResubmitValues,
    toInput: (values: ResubmitValues, version) => ({
      id: complaint.id,
      version,
      complainant: values.complainant.trim(),
      contactPhone: values.contactPhone.trim(),
      content: values.content.trim(),
    }),
    formSchema: phoneGiven,
  });
  const { register, formState: { errors } } = step.form;
  return (
    <StepDialog title={t('steps.resubmit.title', { number: complaint.number })} testId="step-resubmit" step={step} submitLabel={t('actions.resubmit')} onClose={onClose} maxWidth="md">
      {complaint.returned && <Quote label={t('returned.reason')}>{complaint.returned.reason}</Quote>}
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('fields.complainant')}
          {...register('complainant')}
          required
          error={!!errors.complainant}
          helperText={errors.complainant?.message}
          slotProps={{ htmlInput: { 'data-testid': 'step-resubmit-complainant', maxLength: 60 } }}
        />
        <TextField
          label={t('fields.contactPhone')}
          {...register('contactPhone')}
          required
          error={!!errors.contactPhone}
          helperText={errors.contactPhone?.message}
          slotProps={{ htmlInput: { 'data-testid': 'step-resubmit-phone', maxLength: 40 } }}
        />
      </Stack>
      <StepText label={t('fields.content')} field={register('content')} text={step.form.watch('content')} method="complaints.resubmit" error={errors.content?.message} testId="step-resubmit-content" autoFocus={false} />
    </StepDialog>
  );
}

export function ResultDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  // Sent back by the manager, the result written before is still on part 1: corrected, not written again.
  const step = useComplaintStep(complaint, onClose, 'notices.resultRecorded', {
    method: 'complaints.recordResult',
    defaultValues: { result: complaint.part1.result },
    toInput: ({ result }: { result: string }, version) => ({ id: complaint.id, version, result: result.trim() }),
  });
  const { register, formState: { errors } } = step.form;
  const fromOpinion = complaint.state === 'opinion_received';
  return (
    <StepDialog title={t('steps.recordResult.title', { number: complaint.number })} testId="step-result" step={step} submitLabel={t('common:actions.save')} onClose={onClose} maxWidth="md">
      <Quote label={t('fields.content')}>{complaint.part1.content}</Quote>
      {fromOpinion && (
        <Quote label={t('fields.opinion')} testId="step-result-opinion">
          {`${complaint.part2.opinion}\n— ${complaint.part2.opinionBy}`}
        </Quote>
      )}
      {complaint.returned && <Quote label={t('returned.reason')}>{complaint.returned.reason}</Quote>}
      <StepText
        label={t('fields.result')}
        field={register('result')}
        text={step.form.watch('result')}
        method="complaints.recordResult"
        error={errors.result?.message}
        helperText={t(fromOpinion ? 'steps.recordResult.helpTransfer' : 'steps.recordResult.helpInternal')}
        testId="step-result-text"
      />
    </StepDialog>
  );
}

export function SendDialog({ complaint, onClose }: StepDialogProps) {
  const { t, i18n } = useTranslation(['complaints']);
  const step = useComplaintStep(complaint, onClose, 'notices.sent', {
    method: 'complaints.send',
    defaultValues: {},
    toInput: (_values: object, version) => ({ id: complaint.id, version }),
  });
  return (
    <StepDialog title={t('steps.send.title', { number: complaint.number })} testId="step-send" step={step} submitLabel={t('actions.send')} onClose={onClose}>
      <Typography variant="body2">{t('steps.send.help')}</Typography>
      <Quote label={t('fields.transferUnit')}>{routeText(t, complaint.part1.route, complaint.part2.transferUnit, i18n.language)}</Quote>
      {complaint.part2.dueAt !== null && (
        <Quote label={t('fields.part2Due')}>
          <DeadlineText dueAt={complaint.part2.dueAt} />
        </Quote>
      )}
    </StepDialog>
  );
}

type ReplyValues = { reply: string; repliedAt: number | null };

export function ReplyDialog({ complaint, onClose }: StepDialogProps) {
  const { t } = useTranslation(['complaints', 'errors']);
  const [openedAt] = useState(() => Date.now());
  const step = useComplaintStep(complaint, onClose, 'notices.replied', {
    method: 'complaints.recordReply',
    defaultValues: { reply: '', repliedAt: openedAt } satisfies ReplyValues as ReplyValues,
    // No time: now.
    toInput: (values: ReplyValues, version) => ({
      id: complaint.id,
      version,
      reply: values.reply.trim(),
      ...(values.repliedAt !== null && { repliedAt: values.repliedAt }),
    }),
  });
  const { register, control, formState: { errors } } = step.form;
  return (
    <StepDialog title={t('steps.recordReply.title', { number: complaint.number })} testId="step-reply" step={step} submitLabel={t('common:actions.save')} onClose={onClose} maxWidth="md">
      <Quote label={t('steps.recordReply.whom')}>{`${complaint.part1.complainant} · ${complaint.part1.contactPhone}`}</Quote>
      <Quote label={t('fields.result')}>{complaint.part1.result}</Quote>
      <StepText label={t('fields.reply')} field={register('reply')} text={step.form.watch('reply')} method="complaints.recordReply" error={errors.reply?.message} helperText={t('steps.recordReply.help')} testId="step-reply-text" />
      <Controller
        control={control}
        name="repliedAt"
        render={({ field }) => (
          <DateTimeField
            label={t('fields.repliedAt')}
            value={field.value}
            onChange={field.onChange}
            testId="step-reply-at"
            disableFuture
            error={!!errors.repliedAt}
            helperText={errors.repliedAt?.message}
          />
        )}
      />
    </StepDialog>
  );
}

/** Filing (归档); `onFiled` is told of the form as filed (the page then offers to close its request). */
export function FileDialog({ complaint, onClose, onFiled }: StepDialogProps & { onFiled?: (filed: Complaint) => void }) {
  const { t } = useTranslation(['complaints']);
  const format = useFormat();
  const step = useComplaintStep(
    complaint,
    onClose,
    'notices.filed',
    {
      method: 'complaints.file',
      defaultValues: {},
      toInput: (_values: object, version) => ({ id: complaint.id, version }),
    },
    onFiled,
  );
  const { part1 } = complaint;
  return (
    <StepDialog title={t('steps.file.title', { number: complaint.number })} testId="step-file" step={step} submitLabel={t('actions.file')} onClose={onClose}>
      <Typography variant="body2">{t('steps.file.help')}</Typography>
      <Quote label={t('fields.reply')}>{`${part1.reply}\n— ${[part1.repliedByName, format.dateTime(part1.repliedAt)].filter(Boolean).join(' · ')}`}</Quote>
    </StepDialog>
  );
}
