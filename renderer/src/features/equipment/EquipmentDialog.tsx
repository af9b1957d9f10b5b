// Adding a piece of equipment to a customer, or changing one against the version read.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Equipment, Site } from '../../../../shared/api';
import { LIFECYCLE_STATES, type LifecycleState } from '../../../../shared/api/equipment';
import { isCalendarDate } from '../../../../shared/customers/dates';
import { useNotify } from '../../app/notify';
import { inputMaxLength } from '../../../../shared/api/limits';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { LongTextField } from '../../components/LongTextField';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import { CalendarDateField } from '../../components/CalendarDateField';
import { SiteSelect } from '../../components/SiteSelect';

type EquipmentValues = {
  model: string;
  serialNumber: string;
  productName: string;
  category: string;
  /** '' for none. */
  siteId: string;
  installDate: string;
  acceptanceDate: string;
  warrantyStart: string;
  warrantyEnd: string;
  lifecycle: LifecycleState;
  notes: string;
};

/** The warranty cannot end before it starts (dates typed in part are the method's to refuse). */
const warrantyInOrder = z
  .object({ warrantyStart: z.string(), warrantyEnd: z.string() })
  .refine((v) => !isCalendarDate(v.warrantyStart) || !isCalendarDate(v.warrantyEnd) || v.warrantyEnd >= v.warrantyStart, {
    path: ['warrantyEnd'],
    message: 'validation.warrantyEndBeforeStart',
  });
const FIELDS = ['model', 'serialNumber', 'productName', 'category', 'siteId', 'installDate', 'acceptanceDate', 'warrantyStart', 'warrantyEnd', 'lifecycle', 'notes'] as const;
const DATES = ['installDate', 'acceptanceDate', 'warrantyStart', 'warrantyEnd'] as const;

function valuesOf(unit: Equipment | null, sites: Site[]): EquipmentValues {
  return {
    model: unit?.model ?? '',
    serialNumber: unit?.serialNumber ?? '',
    productName: unit?.productName ?? '',
    category: unit?.category ?? '',
    siteId: unit?.siteId != null ? String(unit.siteId) : sites.length === 1 ? String(sites[0]!.id) : '',
    installDate: unit?.installDate ?? '',
    acceptanceDate: unit?.acceptanceDate ?? '',
    warrantyStart: unit?.warrantyStart ?? '',
    warrantyEnd: unit?.warrantyEnd ?? '',
    lifecycle: unit?.lifecycle ?? 'in_service',
    notes: unit?.notes ?? '',
  };
}

export function EquipmentDialog({
  customerId,
  unit,
  sites,
  onClose,
}: {
  customerId: number;
  unit: Equipment | null;
  sites: Site[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['equipment', 'customers', 'common']);
  const notify = useNotify();
  const models = useApiQuery('equipment.models', {});
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges, askBeforeClosing } = useApiForm({
    method: unit ? 'equipment.update' : 'equipment.create',
    defaultValues: valuesOf(unit, sites),
    toInput: (values: EquipmentValues, version) => {
      const fields = {
        model: values.model,
        serialNumber: values.serialNumber,
        productName: values.productName,
        category: values.category,
        siteId: values.siteId === '' ? null : Number(values.siteId),
        installDate: values.installDate || null,
        acceptanceDate: values.acceptanceDate || null,
        warrantyStart: values.warrantyStart || null,
        warrantyEnd: values.warrantyEnd || null,
        lifecycle: values.lifecycle,
        notes: values.notes,
      };
      return unit ? { id: unit.id, version, ...fields } : { customerId, ...fields };
    },
    formSchema: warrantyInOrder,
    versioned: unit
      ? {
          version: unit.version,
          latest: async () => {
            const latest = (await call('customers.get', { id: customerId })).equipment.find((e) => e.id === unit.id);
            return latest && { version: latest.version, values: valuesOf(latest, sites) };
          },
        }
      : undefined,
    onSaved: (saved) => {
      notify(t(unit ? 'updated' : 'created', { model: saved.model, serial: saved.serialNumber }));
      onClose();
    },
  });
  const { register, control, setValue, getValues, formState: { errors } } = form;

  const modelItems = models.data?.items ?? [];
  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="md" slotProps={{ paper: { 'data-testid': 'equipment-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{unit ? t('dialog.editTitle', { model: unit.model, serial: unit.serialNumber }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <TheirChangesAlert
              changes={theirChanges}
              words={{
                labels: Object.fromEntries(FIELDS.map((name) => [name, t(`fields.${name === 'siteId' ? 'site' : name}`)])),
                show: (field, value) =>
                  field === 'lifecycle' ? t(`lifecycle.${value as LifecycleState}`) : field === 'siteId' ? sites.find((site) => String(site.id) === value)?.name : undefined,
              }}
            />
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="model"
                render={({ field }) => (
                  <Autocomplete
                    freeSolo
                    fullWidth
                    options={modelItems.map((model) => model.model)}
                    inputValue={field.value}
                    onInputChange={(_event, value) => {
                      field.onChange(value);
                      const known = modelItems.find((model) => model.model === value);
                      if (known && !getValues('productName')) setValue('productName', known.productName);
                      if (known && !getValues('category')) setValue('category', known.category);
                    }}
                    renderOption={(props, option) => {
                      const model = modelItems.find((m) => m.model === option);
                      const { key, ...rest } = props;
                      return (
                        <li key={key} {...rest}>
                          <Stack>
                            <Typography variant="body2">{option}</Typography>
                            <Typography variant="caption" color="text.secondary">
                              {[model?.productName, model && model.status !== 'current' ? t(`modelStatus.${model.status}`) : '']
                                .filter((part) => part)
                                .join(t('customers:search.separator'))}
                            </Typography>
                          </Stack>
                        </li>
                      );
                    }}
                    renderInput={(params) => (
                      <TextField
                        {...params}
                        label={t('fields.model')}
                        required
                        error={!!errors.model}
                        helperText={errors.model?.message ?? t('dialog.modelHelp')}
                        slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'equipment-model' } }}
                      />
                    )}
                  />
                )}
              />
              <TextField
                label={t('fields.serialNumber')}
                {...register('serialNumber')}
                required
                error={!!errors.serialNumber}
                helperText={errors.serialNumber?.message ?? ' '}
                slotProps={{ htmlInput: { 'data-testid': 'equipment-serial', spellCheck: false } }}
              />
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField label={t('fields.productName')} {...register('productName')} error={!!errors.productName} helperText={errors.productName?.message} slotProps={{ htmlInput: { 'data-testid': 'equipment-product' } }} />
              <TextField label={t('fields.category')} {...register('category')} error={!!errors.category} helperText={errors.category?.message} />
            </Stack>
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="siteId"
                render={({ field }) => <SiteSelect field={field} label={t('fields.site')} noneLabel={t('dialog.noSite')} sites={sites} error={errors.siteId?.message} testId="equipment-site" />}
              />
              {unit ? (
                <Controller
                  control={control}
                  name="lifecycle"
                  render={({ field }) => (
                    <TextField select label={t('fields.lifecycle')} {...field} error={!!errors.lifecycle} helperText={errors.lifecycle?.message}>
                      {LIFECYCLE_STATES.map((state) => (
                        <MenuItem key={state} value={state}>
                          {t(`lifecycle.${state}`)}
                        </MenuItem>
                      ))}
                    </TextField>
                  )}
                />
              ) : (
                <Stack sx={{ width: '100%' }} />
              )}
            </Stack>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: 2 }}>
              {DATES.map((name) => (
                <Controller
                  key={name}
                  control={control}
                  name={name}
                  render={({ field }) => (
                    <CalendarDateField
                      label={t(`fields.${name}`)}
                      value={field.value}
                      onChange={field.onChange}
                      error={!!errors[name]}
                      helperText={errors[name]?.message ?? ' '}
                      testId={`equipment-${name}`}
                    />
                  )}
                />
              ))}
            </Box>
            <LongTextField label={t('fields.notes')} {...register('notes')} text={form.watch('notes')} max={inputMaxLength(unit ? 'equipment.update' : 'equipment.create', 'notes')} minRows={2} error={!!errors.notes} helperText={errors.notes?.message} testId="equipment-notes" />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="equipment-save" />
      </form>
    </Dialog>
  );
}
