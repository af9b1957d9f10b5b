// Lending a spare (/replacements/new): the faulty unit and its serial, why, the spare part (the picker shows its stock),
// its serial, how many and when it was installed. Opened from a work order (`?workOrderId=`) its customer, unit and
// fault carry over; from a unit (`?equipmentId=`) the unit is chosen. Saving posts the loan-out movement: a spare not
// in stock is refused on the quantity, in the user's language, and what was typed stays.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { z } from 'zod';
import type { PartSummary } from '../../../../shared/api/parts';
import type { WorkOrder } from '../../../../shared/api/workOrders';
import { inputMaxLength } from '../../../../shared/api/limits';
import { useNotify } from '../../app/notify';
import { BackLink } from '../../components/BackLink';
import { DateTimeField } from '../../components/DateTimeField';
import { LabelledValue } from '../../components/LabelledValue';
import { LoadingBlock } from '../../components/LoadingBlock';
import { LongTextField } from '../../components/LongTextField';
import { PageForm } from '../../components/PageForm';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useApiForm, type FieldOf } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import type { PickedCustomer } from '../customer-search';
import { PartPicker } from '../parts';
import { prefillIds } from './prefill';
import { StartingWithUnit, UnitPicker } from './UnitPicker';

interface LendValues {
  customer: PickedCustomer | null;
  equipmentId: number | null;
  faultySerial: string;
  reason: string;
  part: PartSummary | null;
  spareSerial: string;
  quantity: string;
  installedAt: number | null;
}

const formSchema = z.object({
  part: z.custom<PartSummary | null>().refine((part) => part !== null, { message: 'replacements:form.spareRequired' }),
});

/** The input's part is the form's `part`; the unit or work order the form's unit. */
const fieldOf: FieldOf<LendValues> = (path) => {
  const head = path.split('.')[0];
  if (head === 'sparePartId') return 'part';
  if (head === 'workOrderId' || head === 'equipmentId') return 'equipmentId';
  return undefined;
};

function LendForm({ workOrder, initial }: { workOrder: WorkOrder | null; initial: Partial<LendValues> }) {
  const { t } = useTranslation('replacements');
  const navigate = useNavigate();
  const notify = useNotify();
  const [openedAt] = useState(() => Date.now());
  const form = useApiForm({
    method: 'replacements.create',
    defaultValues: {
      customer: null,
      equipmentId: null,
      faultySerial: '',
      reason: '',
      part: null,
      spareSerial: '',
      quantity: '1',
      installedAt: openedAt,
      ...initial,
    },
    formSchema,
    fieldOf,
    toInput: (values: LendValues) => ({
      ...(workOrder ? { workOrderId: workOrder.id } : values.equipmentId !== null && { equipmentId: values.equipmentId }),
      faultySerial: values.faultySerial,
      reason: values.reason,
      sparePartId: values.part?.id,
      spareSerial: values.spareSerial,
      quantity: values.quantity,
      ...(values.installedAt !== null && { installedAt: values.installedAt }),
    }),
    onSaved: async (saved) => {
      notify(t('form.saved', { number: saved.number }));
      await navigate(`/replacements/${saved.id}`);
    },
  });
  const { control, register, watch, setValue, formState: { errors } } = form.form;

  return (
    <>
      <BackLink to="/replacements" sx={{ mb: 1 }}>
        {t('back')}
      </BackLink>
      <PageHeader title={t('form.title')} subtitle={t('form.subtitle')} />
      <PageForm
        form={form}
        testId="replacement-form"
        cancel={{ to: '/replacements', label: t('form.cancel') }}
        save={{ label: t('form.save'), testId: 'replacement-save' }}
      >
        {workOrder ? (
          <Alert severity="info" icon={false} data-testid="replacement-form-work-order">
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
              <LabelledValue label={t('fields.workOrder')}>{workOrder.number}</LabelledValue>
              <LabelledValue label={t('fields.customer')}>{workOrder.customerName ?? '—'}</LabelledValue>
              <LabelledValue label={t('fields.equipment')}>{workOrder.equipmentLabel ?? '—'}</LabelledValue>
            </Box>
          </Alert>
        ) : (
          <Controller
            control={control}
            name="equipmentId"
            render={({ field }) => (
              <UnitPicker
                customer={watch('customer')}
                onCustomer={(customer) => setValue('customer', customer, { shouldDirty: true })}
                equipmentId={field.value}
                onEquipment={(unit) => {
                  field.onChange(unit?.id ?? null);
                  setValue('faultySerial', unit?.serialNumber ?? '', { shouldDirty: true });
                }}
                label={t('form.equipmentPick')}
                error={!!errors.equipmentId}
                helperText={errors.equipmentId?.message}
                testId="replacement-equipment"
              />
            )}
          />
        )}
        <TextField
          {...register('faultySerial')}
          size="small"
          label={t('fields.faultySerial')}
          error={!!errors.faultySerial}
          helperText={errors.faultySerial?.message}
          slotProps={{ htmlInput: { 'data-testid': 'replacement-faulty-serial', maxLength: inputMaxLength('replacements.create', 'faultySerial') } }}
          sx={{ maxWidth: 360 }}
        />
        <LongTextField
          {...register('reason')}
          label={t('fields.reason')}
          text={watch('reason')}
          max={inputMaxLength('replacements.create', 'reason')}
          required
          minRows={2}
          error={!!errors.reason}
          helperText={errors.reason?.message}
          testId="replacement-reason"
        />
        <Controller
          control={control}
          name="part"
          render={({ field }) => (
            <PartPicker
              value={field.value}
              onChange={field.onChange}
              label={t('form.sparePart')}
              testId="replacement-part"
              error={!!errors.part}
              helperText={errors.part?.message}
              includeDiscontinued
            />
          )}
        />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            {...register('spareSerial')}
            size="small"
            label={t('fields.spareSerial')}
            error={!!errors.spareSerial}
            helperText={errors.spareSerial?.message}
            slotProps={{ htmlInput: { 'data-testid': 'replacement-spare-serial' } }}
            sx={{ flex: 1 }}
          />
          <TextField
            {...register('quantity')}
            size="small"
            required
            label={watch('part') ? `${t('fields.quantity')} (${watch('part')?.unit})` : t('fields.quantity')}
            error={!!errors.quantity}
            helperText={errors.quantity?.message}
            slotProps={{ htmlInput: { 'data-testid': 'replacement-quantity', inputMode: 'decimal' } }}
            sx={{ width: { md: 200 } }}
          />
          <Box sx={{ width: { md: 280 } }}>
            <Controller
              control={control}
              name="installedAt"
              render={({ field }) => (
                <DateTimeField
                  label={t('fields.installedAt')}
                  value={field.value}
                  onChange={field.onChange}
                  testId="replacement-installed-at"
                  error={!!errors.installedAt}
                  helperText={errors.installedAt?.message}
                />
              )}
            />
          </Box>
        </Stack>
      </PageForm>
    </>
  );
}

/** From a work order: its fault as the reason, its unit's serial once the unit is read. */
function FromWorkOrder({ id }: { id: number }) {
  const query = useApiQuery('workOrders.get', { id });
  const customer = useApiQuery('customers.get', { id: query.data?.customerId ?? 1 }, { enabled: !!query.data?.customerId && !!query.data.equipmentId });
  if (query.isPending || (customer.isPending && customer.fetchStatus !== 'idle')) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const wo = query.data;
  const unit = customer.data?.equipment.find((u) => u.id === wo.equipmentId);
  return <LendForm workOrder={wo} initial={{ reason: wo.description || wo.subject, faultySerial: unit?.serialNumber ?? '', equipmentId: wo.equipmentId }} />;
}

/** From a unit: its customer and the unit chosen, its serial as the faulty serial. */
function FromUnit({ equipmentId, customerId }: { equipmentId: number | undefined; customerId: number | undefined }) {
  return (
    <StartingWithUnit equipmentId={equipmentId} customerId={customerId}>
      {(found) => (
        <LendForm
          workOrder={null}
          initial={found ? { customer: found.customer, equipmentId: found.unit?.id ?? null, faultySerial: found.unit?.serialNumber ?? '' } : {}}
        />
      )}
    </StartingWithUnit>
  );
}

export function ReplacementFormPage() {
  const location = useLocation();
  const ids = prefillIds(location.search);
  // A new address (another work order's link while the form is open) starts a new form.
  const key = location.search;
  return ids.workOrderId !== undefined ? <FromWorkOrder key={key} id={ids.workOrderId} /> : <FromUnit key={key} equipmentId={ids.equipmentId} customerId={ids.customerId} />;
}
