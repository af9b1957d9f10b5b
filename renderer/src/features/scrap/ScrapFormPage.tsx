// A new scrap record (/scrap/new), as a draft: a stock part and how many, or a customer's unit and its serial; the
// reason (设备升级换代 / 维修无效 / 其他) and the reason in words. Opened from a notice (`?noticeId=`) or a work order
// (`?workOrderId=`) it names that record and its unit; from a part (`?partId=`) or a unit (`?equipmentId=`) it starts
// with it. A draft is edited at /scrap/:id/edit (what it is stays; how many, the serial, the description, the reason).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { z } from 'zod';
import type { PartSummary } from '../../../../shared/api/parts';
import { SCRAP_ITEM_KINDS, type ScrapItemKind, type ScrapReason, type ScrapRecord, type ScrapSourceKind } from '../../../../shared/api/scrap';
import { inputMaxLength } from '../../../../shared/api/limits';
import { SCRAP_REASONS } from '../../../../shared/scrap/workflow';
import { useNotify } from '../../app/notify';
import { BackLink } from '../../components/BackLink';
import { LoadingBlock } from '../../components/LoadingBlock';
import { LongTextField } from '../../components/LongTextField';
import { PageForm } from '../../components/PageForm';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useApiForm, type FieldOf } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import type { PickedCustomer } from '../customer-search';
import { PartPicker } from '../parts';
import { prefillIds, StartingWithUnit, UnitPicker } from '../replacements';

interface ScrapValues {
  itemKind: ScrapItemKind;
  part: PartSummary | null;
  quantity: string;
  customer: PickedCustomer | null;
  equipmentId: number | null;
  serial: string;
  itemDescription: string;
  reason: ScrapReason;
  reasonText: string;
}

/** The record the new one comes from, with the unit it names (fixed: the unit is that record's). */
interface Source {
  kind: ScrapSourceKind;
  id: number;
  number: string;
  unit: string | null;
}

const EMPTY: ScrapValues = {
  itemKind: 'stock_part',
  part: null,
  quantity: '1',
  customer: null,
  equipmentId: null,
  serial: '',
  itemDescription: '',
  reason: 'repair_ineffective',
  reasonText: '',
};

const formSchema = z
  .object({ itemKind: z.enum(SCRAP_ITEM_KINDS), part: z.custom<PartSummary | null>() })
  .superRefine((values, ctx) => {
    if (values.itemKind === 'stock_part' && values.part === null) ctx.addIssue({ code: 'custom', path: ['part'], message: 'scrap:form.partRequired' });
  });

const fieldOf: FieldOf<ScrapValues> = (path) => {
  const head = path.split('.')[0];
  if (head === 'partId') return 'part';
  if (head === 'source') return null;
  return undefined;
};

function ItemFields({ form, source, editing }: { form: UseFormReturn<ScrapValues>; source: Source | null; editing: ScrapRecord | null }) {
  const { t } = useTranslation('scrap');
  const { control, register, watch, setValue, formState: { errors } } = form;
  const kind = watch('itemKind');
  const part = watch('part');
  return (
    <>
      {source && (
        <Alert severity="info" icon={false} data-testid="scrap-form-source">
          {t('form.from', { source: t(`sources.${source.kind}`, { number: source.number }) })}
          {source.unit && ` · ${source.unit}`}
        </Alert>
      )}
      {editing ? (
        <Alert severity="info" icon={false}>
          {`${t(`itemKinds.${editing.itemKind}`)}: ${editing.itemLabel}`}
        </Alert>
      ) : (
        <Controller
          control={control}
          name="itemKind"
          render={({ field }) => (
            <Box>
              <FormLabel id="scrap-kind-label">{t('fields.itemKind')}</FormLabel>
              <RadioGroup row aria-labelledby="scrap-kind-label" value={field.value} onChange={(event) => field.onChange(event.target.value)} data-testid="scrap-kind">
                <FormControlLabel value="stock_part" control={<Radio />} label={t('itemKinds.stock_part')} data-testid="scrap-kind-stock_part" />
                <FormControlLabel value="customer_unit" control={<Radio />} label={t('itemKinds.customer_unit')} data-testid="scrap-kind-customer_unit" />
              </RadioGroup>
            </Box>
          )}
        />
      )}
      {!editing && kind === 'stock_part' && (
        <Controller
          control={control}
          name="part"
          render={({ field }) => (
            <PartPicker value={field.value} onChange={field.onChange} label={t('fields.part')} testId="scrap-part" error={!!errors.part} helperText={errors.part?.message} />
          )}
        />
      )}
      {!editing && kind === 'customer_unit' && !source?.unit && (
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
                setValue('serial', unit?.serialNumber ?? '', { shouldDirty: true });
              }}
              label={t('form.equipmentPick')}
              error={!!errors.equipmentId}
              helperText={errors.equipmentId?.message}
              testId="scrap-equipment"
            />
          )}
        />
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        {kind === 'stock_part' && (
          <TextField
            {...register('quantity')}
            size="small"
            required
            label={part ? `${t('fields.quantity')} (${part.unit})` : t('fields.quantity')}
            error={!!errors.quantity}
            helperText={errors.quantity?.message}
            slotProps={{ htmlInput: { 'data-testid': 'scrap-quantity', inputMode: 'decimal' } }}
            sx={{ width: { md: 200 } }}
          />
        )}
        <TextField
          {...register('serial')}
          size="small"
          label={t('fields.serial')}
          error={!!errors.serial}
          helperText={errors.serial?.message}
          slotProps={{ htmlInput: { 'data-testid': 'scrap-serial', maxLength: inputMaxLength('scrap.create', 'serial') } }}
          sx={{ flex: 1 }}
        />
        <Controller
          control={control}
          name="reason"
          render={({ field }) => (
            <TextField select size="small" label={t('fields.reason')} value={field.value} onChange={(event) => field.onChange(event.target.value)} data-testid="scrap-reason" sx={{ width: { md: 240 } }}>
              {SCRAP_REASONS.map((reason) => (
                <MenuItem key={reason} value={reason}>
                  {t(`reasons.${reason}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Stack>
      <LongTextField
        {...register('itemDescription')}
        label={t('fields.itemDescription')}
        text={watch('itemDescription')}
        max={inputMaxLength('scrap.create', 'itemDescription')}
        minRows={2}
        error={!!errors.itemDescription}
        helperText={errors.itemDescription?.message}
        testId="scrap-description"
      />
      <LongTextField
        {...register('reasonText')}
        label={t('fields.reasonText')}
        text={watch('reasonText')}
        max={inputMaxLength('scrap.create', 'reasonText')}
        minRows={2}
        error={!!errors.reasonText}
        helperText={errors.reasonText?.message}
        testId="scrap-reason-text"
      />
    </>
  );
}

function Frame({ title, children, back }: { title: string; children: ReactNode; back: string }) {
  const { t } = useTranslation('scrap');
  return (
    <>
      <BackLink to={back} sx={{ mb: 1 }}>
        {t('back')}
      </BackLink>
      <PageHeader title={title} subtitle={t('form.subtitle')} />
      {children}
    </>
  );
}

function NewScrapForm({ initial, source, sourceEquipmentId }: { initial: Partial<ScrapValues>; source: Source | null; sourceEquipmentId: number | null }) {
  const { t } = useTranslation('scrap');
  const navigate = useNavigate();
  const notify = useNotify();
  const form = useApiForm({
    method: 'scrap.create',
    defaultValues: { ...EMPTY, ...initial },
    formSchema,
    fieldOf,
    toInput: (values: ScrapValues) => {
      const unitId = source?.unit ? sourceEquipmentId : values.equipmentId;
      return {
        itemKind: values.itemKind,
        ...(values.itemKind === 'stock_part' ? { partId: values.part?.id, quantity: values.quantity } : unitId !== null && { equipmentId: unitId }),
        serial: values.serial,
        itemDescription: values.itemDescription,
        reason: values.reason,
        reasonText: values.reasonText,
        ...(source && { source: { kind: source.kind, id: source.id } }),
      };
    },
    onSaved: async (saved) => {
      notify(t('form.saved', { number: saved.number }));
      await navigate(`/scrap/${saved.id}`);
    },
  });
  return (
    <Frame title={t('form.titleNew')} back="/scrap">
      <PageForm form={form} testId="scrap-form" cancel={{ to: '/scrap', label: t('form.cancel') }} save={{ label: t('form.save'), testId: 'scrap-save' }}>
        <ItemFields form={form.form} source={source} editing={null} />
      </PageForm>
    </Frame>
  );
}

const valuesOf = (r: ScrapRecord): ScrapValues => ({
  ...EMPTY,
  itemKind: r.itemKind,
  quantity: r.quantity === null ? '' : String(r.quantity),
  serial: r.serial,
  itemDescription: r.itemDescription,
  reason: r.reason,
  reasonText: r.reasonText,
});

function EditScrapForm({ record }: { record: ScrapRecord }) {
  const { t } = useTranslation('scrap');
  const navigate = useNavigate();
  const notify = useNotify();
  const form = useApiForm({
    method: 'scrap.update',
    defaultValues: valuesOf(record),
    fieldOf,
    versioned: {
      version: record.version,
      latest: async () => {
        const latest = await call('scrap.get', { id: record.id });
        return { version: latest.version, values: valuesOf(latest) };
      },
    },
    toInput: (values: ScrapValues, version) => ({
      id: record.id,
      version,
      ...(record.itemKind === 'stock_part' && { quantity: values.quantity }),
      serial: values.serial,
      itemDescription: values.itemDescription,
      reason: values.reason,
      reasonText: values.reasonText,
    }),
    onSaved: async (saved) => {
      notify(t('form.saved', { number: saved.number }));
      await navigate(`/scrap/${saved.id}`);
    },
  });
  return (
    <Frame title={t('form.titleEdit', { number: record.number })} back={`/scrap/${record.id}`}>
      <PageForm
        form={form}
        testId="scrap-form"
        cancel={{ to: `/scrap/${record.id}`, label: t('form.cancel') }}
        save={{ label: t('form.save'), testId: 'scrap-save' }}
        offersLatest
      >
        <ItemFields form={form.form} source={null} editing={record} />
      </PageForm>
    </Frame>
  );
}

function FromNotice({ id }: { id: number }) {
  const notice = useApiQuery('replacements.get', { id });
  if (notice.isPending) return <LoadingBlock />;
  if (notice.isError) return <QueryError error={notice.error} onRetry={() => void notice.refetch()} />;
  const n = notice.data;
  const unit = n.equipmentLabel ?? (n.faultySerial || null);
  return (
    <NewScrapForm
      source={{ kind: 'replacement_notice', id: n.id, number: n.number, unit }}
      sourceEquipmentId={n.equipmentId}
      initial={{ itemKind: 'customer_unit', serial: n.faultySerial, reason: 'repair_ineffective', reasonText: n.failureReason }}
    />
  );
}

function FromWorkOrder({ id }: { id: number }) {
  const order = useApiQuery('workOrders.get', { id });
  if (order.isPending) return <LoadingBlock />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  const wo = order.data;
  return (
    <NewScrapForm
      source={{ kind: 'work_order', id: wo.id, number: wo.number, unit: wo.equipmentLabel }}
      sourceEquipmentId={wo.equipmentId}
      initial={{ itemKind: wo.equipmentId !== null ? 'customer_unit' : 'stock_part', reasonText: wo.measures || wo.description }}
    />
  );
}

function FromPart({ id }: { id: number }) {
  const page = useApiQuery('parts.get', { id });
  if (page.isPending) return <LoadingBlock />;
  if (page.isError) return <QueryError error={page.error} onRetry={() => void page.refetch()} />;
  return <NewScrapForm source={null} sourceEquipmentId={null} initial={{ itemKind: 'stock_part', part: page.data.part }} />;
}

function FromUnit({ equipmentId }: { equipmentId: number | undefined }) {
  return (
    <StartingWithUnit equipmentId={equipmentId} customerId={undefined}>
      {(found) => (
        <NewScrapForm
          source={null}
          sourceEquipmentId={null}
          initial={found?.unit ? { itemKind: 'customer_unit', customer: found.customer, equipmentId: found.unit.id, serial: found.unit.serialNumber } : {}}
        />
      )}
    </StartingWithUnit>
  );
}

function EditScrap({ id }: { id: number }) {
  const query = useApiQuery('scrap.get', { id });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <EditScrapForm record={query.data} />;
}

export function ScrapFormPage() {
  const params = useParams();
  const location = useLocation();
  const id = Number(params.id);
  if (params.id !== undefined && Number.isSafeInteger(id) && id > 0) return <EditScrap id={id} />;
  const ids = prefillIds(location.search);
  const key = location.search;
  if (ids.noticeId !== undefined) return <FromNotice key={key} id={ids.noticeId} />;
  if (ids.workOrderId !== undefined) return <FromWorkOrder key={key} id={ids.workOrderId} />;
  if (ids.partId !== undefined) return <FromPart key={key} id={ids.partId} />;
  return <FromUnit key={key} equipmentId={ids.equipmentId} />;
}
