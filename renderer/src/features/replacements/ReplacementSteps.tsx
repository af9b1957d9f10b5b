// The steps of a notice that take fields: the faulty unit sent to the factory, 测试合格 (the result, who tested, the
// date), the repaired unit reinstalled (the spare comes back by a loan-back movement), and a failed repair (why, and the
// reason of the scrap record it opens). The one-text steps (收回, 正式代替事项, close) are TextStepDialogs on the page.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Replacement } from '../../../../shared/api/replacements';
import { inputMaxLength } from '../../../../shared/api/limits';
import { SCRAP_REASONS } from '../../../../shared/scrap/workflow';
import { useCurrentUser } from '../../app/session';
import { CalendarDateField } from '../../components/CalendarDateField';
import { DateTimeField, useCenterZone } from '../../components/DateTimeField';
import { LongTextField } from '../../components/LongTextField';
import { call } from '../../lib/api';
import { FieldsStepDialog, useStepForm } from '../../components/FieldsStepDialog';

interface StepProps {
  notice: Replacement;
  onClose: () => void;
  onSaved: (saved: Replacement) => void;
}

const versionedOf = (notice: Replacement) => ({
  version: notice.version,
  latestVersion: async () => (await call('replacements.get', { id: notice.id })).version,
});

export function SendToFactoryDialog({ notice, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('replacements');
  const [openedAt] = useState(() => Date.now());
  const form = useStepForm({
    method: 'replacements.sendToFactory',
    defaultValues: { factory: notice.factory, sentAt: openedAt as number | null },
    versioned: versionedOf(notice),
    toInput: (values: { factory: string; sentAt: number | null }, version) => ({
      id: notice.id,
      version,
      factory: values.factory,
      ...(values.sentAt !== null && { sentAt: values.sentAt }),
    }),
    onSaved,
    onClose,
  });
  const { register, control, formState: { errors } } = form.form;
  return (
    <FieldsStepDialog form={form} title={t('steps.sendToFactory.title', { number: notice.number })} submitLabel={t('actions.sendToFactory')} testId="replacement-send-dialog" onClose={onClose}>
      <TextField
        {...register('factory')}
        size="small"
        autoFocus
        label={t('steps.sendToFactory.factory')}
        error={!!errors.factory}
        helperText={errors.factory?.message}
        slotProps={{ htmlInput: { 'data-testid': 'replacement-send-factory', maxLength: inputMaxLength('replacements.sendToFactory', 'factory') } }}
      />
      <Controller
        control={control}
        name="sentAt"
        render={({ field }) => (
          <DateTimeField
            label={t('steps.sendToFactory.sentAt')}
            value={field.value}
            onChange={field.onChange}
            testId="replacement-send-at"
            error={!!errors.sentAt}
            helperText={errors.sentAt?.message ?? t('steps.sendToFactory.sentAtHelp')}
          />
        )}
      />
    </FieldsStepDialog>
  );
}

export function PassTestDialog({ notice, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('replacements');
  const me = useCurrentUser();
  const zone = useCenterZone();
  const [today] = useState(() => (zone ? dayjs().tz(zone) : dayjs()).format('YYYY-MM-DD'));
  const form = useStepForm({
    method: 'replacements.passTest',
    defaultValues: { result: '', tester: me.displayName, testedOn: today },
    versioned: versionedOf(notice),
    toInput: (values: { result: string; tester: string; testedOn: string }, version) => ({ id: notice.id, version, ...values }),
    onSaved,
    onClose,
  });
  const { register, control, watch, formState: { errors } } = form.form;
  return (
    <FieldsStepDialog
      form={form}
      title={t('steps.passTest.title', { number: notice.number })}
      text={t('steps.passTest.text')}
      submitLabel={t('actions.passTest')}
      testId="replacement-test-dialog"
      onClose={onClose}
    >
      <LongTextField
        {...register('result')}
        label={t('steps.passTest.result')}
        text={watch('result')}
        max={inputMaxLength('replacements.passTest', 'result')}
        required
        autoFocus
        minRows={2}
        error={!!errors.result}
        helperText={errors.result?.message}
        testId="replacement-test-result"
      />
      <TextField
        {...register('tester')}
        size="small"
        required
        label={t('steps.passTest.tester')}
        error={!!errors.tester}
        helperText={errors.tester?.message}
        slotProps={{ htmlInput: { 'data-testid': 'replacement-test-tester' } }}
      />
      <Controller
        control={control}
        name="testedOn"
        render={({ field }) => (
          <CalendarDateField
            label={t('steps.passTest.testedOn')}
            value={field.value}
            onChange={field.onChange}
            required
            error={!!errors.testedOn}
            helperText={errors.testedOn?.message}
            testId="replacement-test-date"
          />
        )}
      />
    </FieldsStepDialog>
  );
}

export function ReinstallDialog({ notice, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('replacements');
  const [openedAt] = useState(() => Date.now());
  const form = useStepForm({
    method: 'replacements.reinstall',
    defaultValues: { reinstalledAt: openedAt as number | null },
    versioned: versionedOf(notice),
    toInput: (values: { reinstalledAt: number | null }, version) => ({ id: notice.id, version, ...(values.reinstalledAt !== null && { reinstalledAt: values.reinstalledAt }) }),
    onSaved,
    onClose,
  });
  const { control, formState: { errors } } = form.form;
  return (
    <FieldsStepDialog
      form={form}
      title={t('steps.reinstall.title', { number: notice.number })}
      text={t('steps.reinstall.text', { spare: `${notice.spareCode} ${notice.spareName}` })}
      submitLabel={t('actions.reinstall')}
      testId="replacement-reinstall-dialog"
      onClose={onClose}
      maxWidth="xs"
    >
      <Controller
        control={control}
        name="reinstalledAt"
        render={({ field }) => (
          <DateTimeField
            label={t('steps.reinstall.at')}
            value={field.value}
            onChange={field.onChange}
            testId="replacement-reinstall-at"
            error={!!errors.reinstalledAt}
            helperText={errors.reinstalledAt?.message ?? t('steps.reinstall.atHelp')}
          />
        )}
      />
    </FieldsStepDialog>
  );
}

type ScrapReason = (typeof SCRAP_REASONS)[number];

export function FailRepairDialog({ notice, onClose, onSaved }: StepProps) {
  const { t } = useTranslation(['replacements', 'scrap']);
  const form = useStepForm({
    method: 'replacements.failRepair',
    defaultValues: { reason: '', scrapReason: 'repair_ineffective' as ScrapReason },
    versioned: versionedOf(notice),
    toInput: (values: { reason: string; scrapReason: ScrapReason }, version) => ({ id: notice.id, version, ...values }),
    onSaved,
    onClose,
  });
  const { register, control, watch, formState: { errors } } = form.form;
  return (
    <FieldsStepDialog
      form={form}
      title={t('steps.failRepair.title', { number: notice.number })}
      text={t('steps.failRepair.text')}
      submitLabel={t('actions.failRepair')}
      testId="replacement-fail-dialog"
      onClose={onClose}
    >
      <LongTextField
        {...register('reason')}
        label={t('steps.failRepair.reason')}
        text={watch('reason')}
        max={inputMaxLength('replacements.failRepair', 'reason')}
        required
        autoFocus
        minRows={2}
        error={!!errors.reason}
        helperText={errors.reason?.message}
        testId="replacement-fail-reason"
      />
      <Controller
        control={control}
        name="scrapReason"
        render={({ field }) => (
          <TextField
            select
            size="small"
            label={t('steps.failRepair.scrapReason')}
            value={field.value}
            onChange={(event) => field.onChange(event.target.value)}
            data-testid="replacement-fail-scrap-reason"
          >
            {SCRAP_REASONS.map((reason) => (
              <MenuItem key={reason} value={reason}>
                {t(`scrap:reasons.${reason}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </FieldsStepDialog>
  );
}
