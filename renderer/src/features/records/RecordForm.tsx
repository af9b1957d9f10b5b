// What the forms that open a routed record share: who called (name, phone, the customer, the call it came from,
// prefilled from the call form), and the dialog around the fields.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { FormEvent, ReactNode } from 'react';
import { Controller, FormProvider, useFormContext, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiOutput, MethodName } from '../../../../shared/api';
import { inputMaxLength } from '../../../../shared/api/limits';
import { LongTextField } from '../../components/LongTextField';
import { useNotify } from '../../app/notify';
import { useApiForm, type Draft } from '../../lib/apiForm';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { CustomerPickerField, type PickedCustomer } from '../customer-search';
import { NAMESPACE, type RecordKind } from './RecordStateChip';

/** What the call form hands to a record it opens. */
export interface CallerPrefill {
  callerName?: string;
  callerPhone?: string;
  customer?: PickedCustomer | null;
  /** The request (call) the record came from: the record is written to its service log. */
  requestId?: number;
}

interface CallerValues {
  callerName: string;
  callerPhone: string;
  customer: PickedCustomer | null;
}

const callerDefaults = (prefill: CallerPrefill): CallerValues => ({
  callerName: prefill.callerName ?? '',
  callerPhone: prefill.callerPhone ?? '',
  customer: prefill.customer ?? null,
});

/** The caller's part of a record's input. */
const callerInput = (values: CallerValues, prefill: CallerPrefill) => ({
  callerName: values.callerName,
  callerPhone: values.callerPhone.trim(),
  customerId: values.customer?.id ?? null,
  ...(prefill.requestId !== undefined && { requestId: prefill.requestId }),
});

/** Inside a NewRecordDialog: the caller's name and phone, side by side with what the form puts beside them. */
export function CallerNameAndPhone({ testId }: { testId: string }) {
  const { t } = useTranslation('questions');
  const { register, formState } = useFormContext<CallerValues>();
  const errors = formState.errors;
  return (
    <>
      <TextField label={t('fields.callerName')} {...register('callerName')} error={!!errors.callerName} helperText={errors.callerName?.message} slotProps={{ htmlInput: { 'data-testid': `${testId}-caller-name`, maxLength: 60 } }} />
      <TextField
        label={t('fields.callerPhone')}
        {...register('callerPhone')}
        error={!!errors.callerPhone}
        helperText={errors.callerPhone?.message}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-caller-phone`, maxLength: 40 } }}
      />
    </>
  );
}

/** Inside a NewRecordDialog, first: what the record is about (the question asked, the suggestion), on several lines. */
export function RecordText({ method, name, label, testId }: { method: MethodName; name: string; label: string; testId: string }) {
  const { register, watch, formState } = useFormContext<Record<string, string>>();
  const error = formState.errors[name]?.message;
  return (
    <LongTextField
      label={label}
      {...register(name)}
      text={watch(name)}
      max={inputMaxLength(method, name)}
      required
      minRows={3}
      autoFocus
      error={!!error}
      helperText={error}
      testId={testId}
    />
  );
}

/** Inside a NewRecordDialog: the customer the record is about, when known. */
export function CustomerOfRecord() {
  const { t } = useTranslation('questions');
  const { control } = useFormContext<CallerValues>();
  return (
    <Controller
      control={control}
      name="customer"
      render={({ field }) => <CustomerPickerField label={t('fields.customer')} value={field.value} onChange={field.onChange} />}
    />
  );
}

const OPENING = {
  question: { method: 'questions.create', notice: 'notices.opened' },
  suggestion: { method: 'suggestions.create', notice: 'notices.recorded' },
} as const;
type OpeningMethod = (typeof OPENING)[RecordKind]['method'];
type OpeningOf<K extends RecordKind> = (typeof OPENING)[K]['method'];

/**
 * The form that opens a record: the caller's part prefilled and sent with the record's own fields; once saved, the
 * record's number is told, the dialog closes and `onCreated` may go to it.
 */
export function useNewRecordForm<K extends RecordKind, Own extends FieldValues>({
  kind,
  prefill,
  own,
  input,
  onClose,
  onCreated,
}: {
  kind: K;
  prefill: CallerPrefill;
  /** The record's own fields and their starting values. */
  own: Own;
  input: (values: Own) => Omit<Draft<ApiInput<OpeningOf<K>>>, keyof ReturnType<typeof callerInput>>;
  onClose: () => void;
  onCreated?: (created: ApiOutput<OpeningOf<K>>) => void;
}) {
  const { t } = useTranslation(NAMESPACE[kind]);
  const notify = useNotify();
  const form = useApiForm({
    method: OPENING[kind].method as OpeningOf<K>,
    defaultValues: { ...callerDefaults(prefill), ...own } as DefaultValues<Own & CallerValues>,
    toInput: (values: Own & CallerValues) => ({ ...callerInput(values, prefill), ...input(values) }) as Draft<ApiInput<OpeningOf<K>>>,
    // The customer is picked whole; its id's issue shows on the picker. Every other path goes where it names.
    fieldOf: (path) => (path === 'customerId' ? ('customer' as Path<Own & CallerValues>) : undefined),
    onSaved: (created) => {
      notify(t(OPENING[kind].notice, { number: (created as ApiOutput<OpeningMethod>).number }));
      onClose();
      onCreated?.(created);
    },
  });
  return { kind, ...form };
}

/** The dialog of a record being opened, around its fields: the title, the form's error, cancel and save. */
export function NewRecordDialog<Values extends FieldValues>({
  opening,
  onClose,
  children,
}: {
  opening: {
    kind: RecordKind;
    form: UseFormReturn<Values>;
    busy: boolean;
    formError: string | null;
    submit: (event: FormEvent) => Promise<void>;
    askBeforeClosing: (close: () => void) => () => void;
  };
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation([NAMESPACE[opening.kind], 'common']);
  return (
    <Dialog open onClose={opening.askBeforeClosing(onClose)} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void opening.submit(event)} noValidate data-testid={`${opening.kind}-dialog`}>
        <DialogTitle>{t('form.title')}</DialogTitle>
        <DialogContent dividers>
          {/* The caller's pieces (CallerNameAndPhone, CustomerOfRecord, RecordText) read the form from here. */}
          <FormProvider {...opening.form}>
            <Stack spacing={2}>
              <FormErrorAlert error={opening.formError} />
              {children}
            </Stack>
          </FormProvider>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={opening.askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={opening.busy} data-testid={`${opening.kind}-save`}>
            {t('form.submit')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
