// The steps of a scrap record that take fields: the group's conclusion (报废 / 保留, its opinion, the disposal it
// proposes), a department manager's approval (the method approved, by default the one proposed), and the disposal
// (a note; it says what happens: a stock item leaves stock by 报废出库, a customer's unit becomes scrapped).
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DisposalMethod, ScrapConclusion, ScrapRecord } from '../../../../shared/api/scrap';
import { inputMaxLength } from '../../../../shared/api/limits';
import { DISPOSAL_METHODS, SCRAP_CONCLUSIONS } from '../../../../shared/scrap/workflow';
import { LongTextField } from '../../components/LongTextField';
import { call } from '../../lib/api';
import { FieldsStepDialog, useStepForm } from '../../components/FieldsStepDialog';

interface StepProps {
  record: ScrapRecord;
  onClose: () => void;
  onSaved: (saved: ScrapRecord) => void;
}

const versionedOf = (record: ScrapRecord) => ({
  version: record.version,
  latestVersion: async () => (await call('scrap.get', { id: record.id })).version,
});

function MethodSelect({ value, onChange, label, testId }: { value: DisposalMethod; onChange: (value: DisposalMethod) => void; label: string; testId: string }) {
  const { t } = useTranslation('scrap');
  return (
    <TextField select size="small" label={label} value={value} onChange={(event) => onChange(event.target.value as DisposalMethod)} data-testid={testId}>
      {DISPOSAL_METHODS.map((method) => (
        <MenuItem key={method} value={method}>
          {t(`methods.${method}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function ConcludeDialog({ record, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('scrap');
  const form = useStepForm({
    method: 'scrap.conclude',
    defaultValues: { conclusion: 'scrap' as ScrapConclusion, opinion: '', proposedMethod: 'destroy' as DisposalMethod },
    versioned: versionedOf(record),
    toInput: (values: { conclusion: ScrapConclusion; opinion: string; proposedMethod: DisposalMethod }, version) => ({ id: record.id, version, ...values }),
    onSaved,
    onClose,
  });
  const { control, register, watch, formState: { errors } } = form.form;
  return (
    <FieldsStepDialog form={form} title={t('steps.conclude.title', { number: record.number })} submitLabel={t('steps.conclude.save')} testId="scrap-conclude-dialog" onClose={onClose}>
      <Controller
        control={control}
        name="conclusion"
        render={({ field }) => (
          <Box>
            <FormLabel id="scrap-conclusion-label">{t('fields.conclusion')}</FormLabel>
            <RadioGroup row aria-labelledby="scrap-conclusion-label" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
              {SCRAP_CONCLUSIONS.map((conclusion) => (
                <FormControlLabel key={conclusion} value={conclusion} control={<Radio />} label={t(`conclusions.${conclusion}`)} data-testid={`scrap-conclusion-${conclusion}`} />
              ))}
            </RadioGroup>
          </Box>
        )}
      />
      <LongTextField
        {...register('opinion')}
        label={t('fields.opinion')}
        text={watch('opinion')}
        max={inputMaxLength('scrap.conclude', 'opinion')}
        minRows={3}
        error={!!errors.opinion}
        helperText={errors.opinion?.message}
        testId="scrap-opinion"
      />
      <Controller
        control={control}
        name="proposedMethod"
        render={({ field }) => <MethodSelect value={field.value} onChange={field.onChange} label={t('fields.proposedMethod')} testId="scrap-proposed-method" />}
      />
    </FieldsStepDialog>
  );
}

export function ApproveDialog({ record, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('scrap');
  const proposed = record.proposedMethod ?? 'destroy';
  const form = useStepForm({
    method: 'scrap.approve',
    defaultValues: { approvedMethod: proposed },
    versioned: versionedOf(record),
    toInput: (values: { approvedMethod: DisposalMethod }, version) => ({ id: record.id, version, approvedMethod: values.approvedMethod }),
    onSaved,
    onClose,
  });
  return (
    <FieldsStepDialog
      form={form}
      title={t('steps.approve.title', { number: record.number })}
      text={t('steps.approve.text', { method: t(`methods.${proposed}`) })}
      submitLabel={t('steps.approve.save')}
      testId="scrap-approve-dialog"
      onClose={onClose}
      maxWidth="xs"
    >
      <Controller
        control={form.form.control}
        name="approvedMethod"
        render={({ field }) => <MethodSelect value={field.value} onChange={field.onChange} label={t('fields.approvedMethod')} testId="scrap-approved-method" />}
      />
    </FieldsStepDialog>
  );
}

export function DisposeDialog({ record, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('scrap');
  const form = useStepForm({
    method: 'scrap.dispose',
    defaultValues: { note: '' },
    versioned: versionedOf(record),
    toInput: (values: { note: string }, version) => ({ id: record.id, version, ...(values.note.trim() !== '' && { note: values.note }) }),
    onSaved,
    onClose,
  });
  const { register, watch, formState: { errors } } = form.form;
  const what =
    record.conclusion === 'keep'
      ? t('steps.dispose.keep')
      : record.itemKind === 'stock_part'
        ? t('steps.dispose.stockPart', { item: record.itemLabel })
        : t('steps.dispose.customerUnit', { item: record.itemLabel });
  return (
    <FieldsStepDialog form={form} title={t('steps.dispose.title', { number: record.number })} text={what} submitLabel={t('steps.dispose.save')} testId="scrap-dispose-dialog" onClose={onClose}>
      <LongTextField
        {...register('note')}
        label={t('steps.dispose.note')}
        text={watch('note')}
        max={inputMaxLength('scrap.dispose', 'note')}
        minRows={2}
        autoFocus
        error={!!errors.note}
        helperText={errors.note?.message}
        testId="scrap-dispose-note"
      />
    </FieldsStepDialog>
  );
}
