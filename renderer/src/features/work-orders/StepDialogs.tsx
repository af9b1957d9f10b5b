// The steps of a work order that take more than a word: dispatch (confirm), arrival (the time, now by default), the
// parts used and returned (lines of the store's parts: 领用 issue / 退库 return), completion (具体处理措施, the time,
// the outcome, the field-conduct checklist) and the customer's sign-off (用户签认: name, time, a drawn signature).
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONDUCT_ITEMS, WORK_ORDER_OUTCOMES, type ConductChecklist, type WorkOrder, type WorkOrderOutcome } from '../../../../shared/api/workOrders';
import { inputMaxLength } from '../../../../shared/api/limits';
import { DateTimeField } from '../../components/DateTimeField';
import { FieldsStepDialog, useStepForm } from '../../components/FieldsStepDialog';
import { LongTextField } from '../../components/LongTextField';
import { call } from '../../lib/api';
import type { FieldOf } from '../../lib/apiForm';
import { SignaturePad } from '../complaints';
import { lineFieldOf, NO_CONDUCT, peopleText } from './form';
import { PartLinesEditor, type MovementLine } from './PartLinesEditor';

export interface StepProps {
  order: WorkOrder;
  onClose: () => void;
  onSaved: (saved: WorkOrder) => void;
}

/** How a step reads the version to retry with after a conflict. */
const latestVersionOf = (order: WorkOrder) => async () => (await call('workOrders.get', { id: order.id })).version;

export function DispatchDialog({ order, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('workOrders');
  const form = useStepForm({
    method: 'workOrders.dispatch',
    defaultValues: {},
    versioned: { version: order.version, latestVersion: latestVersionOf(order) },
    toInput: (_values: Record<string, never>, version) => ({ id: order.id, version }),
    onSaved,
    onClose,
  });
  return (
    <FieldsStepDialog form={form} title={t('steps.dispatch.title', { number: order.number })} submitLabel={t('actions.dispatch')} testId="work-order-dispatch-dialog" onClose={onClose}>
      <Typography variant="body2">{t('steps.dispatch.text', { technicians: peopleText(order.technicians, t('separator')) })}</Typography>
    </FieldsStepDialog>
  );
}

export function ArriveDialog({ order, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('workOrders');
  const [openedAt] = useState(() => Date.now());
  const form = useStepForm({
    method: 'workOrders.arrive',
    defaultValues: { at: openedAt as number | null },
    versioned: { version: order.version, latestVersion: latestVersionOf(order) },
    toInput: (values: { at: number | null }, version) => ({ id: order.id, version, ...(values.at !== null && { at: values.at }) }),
    onSaved,
    onClose,
  });
  return (
    <FieldsStepDialog form={form} title={t('steps.arrive.title', { number: order.number })} submitLabel={t('actions.arrive')} testId="work-order-arrive-dialog" onClose={onClose}>
      <Typography variant="body2">{t('steps.arrive.text')}</Typography>
      <Controller
        control={form.form.control}
        name="at"
        render={({ field, fieldState }) => (
          <DateTimeField label={t('fields.arrivedAt')} value={field.value} onChange={field.onChange} disableFuture error={!!fieldState.error} helperText={fieldState.error?.message} testId="work-order-arrive-at" />
        )}
      />
    </FieldsStepDialog>
  );
}

const partsFieldOf = lineFieldOf('lines') as FieldOf<{ lines: MovementLine[] }>;

export function RecordPartsDialog({ order, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('workOrders');
  const form = useStepForm({
    method: 'workOrders.recordParts',
    defaultValues: { lines: [{ part: null, quantity: '1', kind: 'issue' }] as MovementLine[] },
    fieldOf: partsFieldOf,
    versioned: { version: order.version, latestVersion: latestVersionOf(order) },
    toInput: (values: { lines: MovementLine[] }, version) => ({
      id: order.id,
      version,
      lines: values.lines.map((line) => ({ partId: line.part?.id as number, kind: line.kind, quantity: line.quantity })),
    }),
    onSaved,
    onClose,
  });
  return (
    <FieldsStepDialog form={form} title={t('steps.recordParts.title', { number: order.number })} submitLabel={t('actions.recordParts')} testId="work-order-parts-dialog" onClose={onClose} maxWidth="md">
      <Typography variant="body2">{t('steps.recordParts.text')}</Typography>
      <PartLinesEditor form={form.form} name="lines" withKind minLines={1} testId="work-order-used" />
    </FieldsStepDialog>
  );
}

interface CompleteValues {
  measures: string;
  outcome: WorkOrderOutcome | '';
  completedAt: number | null;
  conduct: ConductChecklist;
}

export function CompleteDialog({ order, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('workOrders');
  const [openedAt] = useState(() => Date.now());
  const form = useStepForm({
    method: 'workOrders.complete',
    defaultValues: { measures: order.measures, outcome: '', completedAt: openedAt, conduct: { ...NO_CONDUCT } } as CompleteValues,
    versioned: { version: order.version, latestVersion: latestVersionOf(order) },
    toInput: (values: CompleteValues, version) => ({
      id: order.id,
      version,
      measures: values.measures,
      outcome: (values.outcome || undefined) as WorkOrderOutcome,
      ...(values.completedAt !== null && { completedAt: values.completedAt }),
      conduct: values.conduct,
    }),
    onSaved,
    onClose,
  });
  const { control, register, watch, formState } = form.form;
  const errors = formState.errors;
  return (
    <FieldsStepDialog form={form} title={t('steps.complete.title', { number: order.number })} submitLabel={t('actions.complete')} testId="work-order-complete-dialog" onClose={onClose} maxWidth="md">
      <LongTextField
        {...register('measures')}
        label={t('fields.measures')}
        text={watch('measures')}
        max={inputMaxLength('workOrders.complete', 'measures')}
        required
        minRows={4}
        autoFocus
        error={!!errors.measures}
        helperText={errors.measures?.message}
        testId="work-order-measures"
      />
      <Controller
        control={control}
        name="completedAt"
        render={({ field, fieldState }) => (
          <DateTimeField label={t('fields.completedAt')} value={field.value} onChange={field.onChange} disableFuture error={!!fieldState.error} helperText={fieldState.error?.message} testId="work-order-completed-at" />
        )}
      />
      <Controller
        control={control}
        name="outcome"
        render={({ field, fieldState }) => (
          <FormControl error={!!fieldState.error} required>
            <FormLabel id="work-order-outcome-label">{t('fields.outcome')}</FormLabel>
            <RadioGroup row aria-labelledby="work-order-outcome-label" value={field.value} onChange={(event) => field.onChange(event.target.value)} data-testid="work-order-outcome">
              {WORK_ORDER_OUTCOMES.map((outcome) => (
                <FormControlLabel key={outcome} value={outcome} control={<Radio slotProps={{ input: { 'data-testid': `work-order-outcome-${outcome}` } as object }} />} label={t(`outcomes.${outcome}`)} />
              ))}
            </RadioGroup>
            {fieldState.error?.message && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        )}
      />
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('fields.conduct')}</FormLabel>
        <FormGroup row>
          {CONDUCT_ITEMS.map((item) => (
            <Controller
              key={item}
              control={control}
              name={`conduct.${item}`}
              render={({ field }) => (
                <FormControlLabel
                  control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { 'data-testid': `work-order-conduct-${item}` } as object }} />}
                  label={t(`conduct.${item}`)}
                />
              )}
            />
          ))}
        </FormGroup>
        <FormHelperText>{t('steps.complete.conductHelp')}</FormHelperText>
      </FormControl>
    </FieldsStepDialog>
  );
}

interface SignOffValues {
  signedName: string;
  signedAt: number | null;
  signature: string | null;
}

export function SignOffDialog({ order, onClose, onSaved }: StepProps) {
  const { t } = useTranslation('workOrders');
  const [openedAt] = useState(() => Date.now());
  const form = useStepForm({
    method: 'workOrders.signOff',
    defaultValues: { signedName: '', signedAt: openedAt, signature: null } as SignOffValues,
    versioned: { version: order.version, latestVersion: latestVersionOf(order) },
    toInput: (values: SignOffValues, version) => ({
      id: order.id,
      version,
      signedName: values.signedName,
      ...(values.signedAt !== null && { signedAt: values.signedAt }),
      ...(values.signature !== null && { signature: values.signature }),
    }),
    onSaved,
    onClose,
  });
  const { control, register, formState } = form.form;
  const errors = formState.errors;
  return (
    <FieldsStepDialog form={form} title={t('steps.signOff.title', { number: order.number })} submitLabel={t('actions.signOff')} testId="work-order-sign-dialog" onClose={onClose} maxWidth="sm">
      <Typography variant="body2">{t('steps.signOff.text')}</Typography>
      {/* What the customer signs for: the measures taken and the outcome. */}
      <Box sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }} data-testid="work-order-sign-measures">
        <Typography variant="caption" color="text.secondary">
          {t('fields.measures')}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {order.measures}
        </Typography>
        {order.outcome && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t('fields.outcome')}: {t(`outcomes.${order.outcome}`)}
          </Typography>
        )}
      </Box>
      <TextField
        {...register('signedName')}
        label={t('fields.signedName')}
        required
        autoFocus
        error={!!errors.signedName}
        helperText={errors.signedName?.message}
        slotProps={{ htmlInput: { 'data-testid': 'work-order-signed-name', maxLength: inputMaxLength('workOrders.signOff', 'signedName') } }}
      />
      <Controller
        control={control}
        name="signedAt"
        render={({ field, fieldState }) => (
          <DateTimeField label={t('fields.signedAt')} value={field.value} onChange={field.onChange} disableFuture error={!!fieldState.error} helperText={fieldState.error?.message} testId="work-order-signed-at" />
        )}
      />
      <Controller control={control} name="signature" render={({ field }) => <SignaturePad onChange={field.onChange} testId="work-order-signature-pad" />} />
      {errors.signature?.message && (
        <Typography variant="caption" color="error">
          {errors.signature.message}
        </Typography>
      )}
    </FieldsStepDialog>
  );
}
