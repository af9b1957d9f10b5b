// Opening a difficult question record (疑难问题记录表): what the caller asked, which department must answer, what the
// caller was told about why and by when. Also opened from the call form, with the request's caller and words.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DifficultQuestion } from '../../../../shared/api/questions';
import { inputMaxLength } from '../../../../shared/api/limits';
import { DateTimeField } from '../../components/DateTimeField';
import { LongTextField } from '../../components/LongTextField';
import { DepartmentSelect } from '../departments';
import { CallerNameAndPhone, RecordText, CustomerOfRecord, NewRecordDialog, useNewRecordForm, type CallerPrefill } from '../records';

export interface QuestionPrefill extends CallerPrefill {
  question?: string;
}

export function QuestionDialog({ prefill = {}, onClose, onCreated }: { prefill?: QuestionPrefill; onClose: () => void; onCreated?: (question: DifficultQuestion) => void }) {
  const { t } = useTranslation('questions');
  const opening = useNewRecordForm({
    kind: 'question',
    prefill,
    own: { question: prefill.question ?? '', departmentId: '' as number | '', reasonTold: '', replyPromisedAt: null as number | null },
    input: (values) => ({
      question: values.question,
      departmentId: values.departmentId === '' ? undefined : values.departmentId,
      ...(values.reasonTold.trim() !== '' && { reasonTold: values.reasonTold }),
      ...(values.replyPromisedAt !== null && { replyPromisedAt: values.replyPromisedAt }),
    }),
    onClose,
    onCreated,
  });
  const { register, control, formState: { errors } } = opening.form;

  return (
    <NewRecordDialog opening={opening} onClose={onClose}>
      <RecordText method="questions.create" name="question" label={t('fields.question')} testId="question-text" />
      <Controller
        control={control}
        name="departmentId"
        render={({ field }) => <DepartmentSelect label={t('fields.department')} value={field.value} onChange={field.onChange} error={errors.departmentId?.message} testId="question-department" />}
      />
      <Stack direction="row" spacing={2}>
        <CallerNameAndPhone testId="question" />
      </Stack>
      <CustomerOfRecord />
      <LongTextField
        label={t('fields.reasonTold')}
        {...register('reasonTold')}
        text={opening.form.watch('reasonTold')}
        max={inputMaxLength('questions.create', 'reasonTold')}
        minRows={1}
        error={!!errors.reasonTold}
        helperText={errors.reasonTold?.message ?? t('form.reasonToldHelp')}
        testId="question-reason"
      />
      <Box sx={{ maxWidth: 320 }}>
        <Controller
          control={control}
          name="replyPromisedAt"
          render={({ field }) => (
            <DateTimeField
              label={t('fields.replyPromisedAt')}
              value={field.value}
              onChange={field.onChange}
              testId="question-promised"
              error={!!errors.replyPromisedAt}
              helperText={errors.replyPromisedAt?.message ?? t('form.replyPromisedHelp')}
            />
          )}
        />
      </Box>
    </NewRecordDialog>
  );
}
