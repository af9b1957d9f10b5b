// A part of the store, new or edited: code, name, spec, unit (the known units offered, any other typed), the decimals a
// quantity of it may have (the unit's own unless set), bin, reorder point, price-list cost in yuan, status (停产 on an
// existing part), notes, the archive's models it fits and its substitutes (替代备品).
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { inputMaxLength } from '../../../../shared/api/limits';
import { PART_STATUSES, type Part } from '../../../../shared/api/parts';
import { KNOWN_UNITS } from '../../../../shared/parts/quantity';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LongTextField } from '../../components/LongTextField';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { yuanToFen } from '../../lib/money';
import { useApiQuery } from '../../lib/queries';
import { createInput, decimalsFor, partValues, updateInput, type PartValues } from './partForm';
import { PartPicker } from './PartPicker';

const UNITS = Object.keys(KNOWN_UNITS);
const DECIMALS = [0, 1, 2, 3];

/** What the methods cannot know: the cost is typed in yuan (they take fen). */
const ownChecks = z.object({
  unitCost: z.string().refine((typed) => typed.trim() === '' || yuanToFen(typed) !== null, { message: 'validation.amount' }),
});

export function PartDialog({ part, onClose, onSaved }: { part: Part | null; onClose: () => void; onSaved?: (part: Part) => void }) {
  const { t } = useTranslation(['parts', 'common']);
  const notify = useNotify();
  const models = useApiQuery('equipment.models', {});
  const editing = part !== null;
  // The substitutes' box starts empty again after each part added (a new box: what was typed or scanned goes).
  const [pickerKey, setPickerKey] = useState(0);
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges, askBeforeClosing } = useApiForm({
    method: editing ? 'parts.update' : 'parts.create',
    defaultValues: partValues(part),
    toInput: (values: PartValues, version) => (part ? updateInput(values, part.id, version) : createInput(values)),
    formSchema: ownChecks,
    fieldOf: (path) => (path === 'unitCostFen' ? 'unitCost' : path.startsWith('substituteIds') ? 'substitutes' : undefined),
    ...(part && {
      versioned: {
        version: part.version,
        latest: async () => {
          const latest = (await call('parts.get', { id: part.id })).part;
          return { version: latest.version, values: partValues(latest) };
        },
      },
    }),
    onSaved: (saved) => {
      notify(t(editing ? 'dialog.updated' : 'dialog.created', { part: `${saved.code} ${saved.name}` }));
      if (onSaved) onSaved(saved);
      else onClose();
    },
  });
  const { register, control, setValue, getFieldState, formState: { errors } } = form;
  const unit = useWatch({ control, name: 'unit' });
  const substitutes = useWatch({ control, name: 'substitutes' });
  const help = (field: keyof PartValues, fallback?: string) => errors[field]?.message ?? fallback;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} fullWidth maxWidth="md" slotProps={{ paper: { 'data-testid': 'part-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{part ? t('dialog.editTitle', { code: part.code }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <TheirChangesAlert changes={theirChanges} words={{ labels: Object.fromEntries(Object.keys(partValues(null)).map((key) => [key, t(`fields.${key}`)])) }} />
            <Stack direction="row" spacing={2}>
              <TextField
                label={t('fields.code')}
                {...register('code')}
                required
                autoFocus
                error={!!errors.code}
                helperText={help('code', t('dialog.codeHelp'))}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { 'data-testid': 'part-code', spellCheck: false } }}
              />
              <TextField
                label={t('fields.name')}
                {...register('name')}
                required
                error={!!errors.name}
                helperText={help('name')}
                sx={{ flex: 2 }}
                slotProps={{ htmlInput: { 'data-testid': 'part-name' } }}
              />
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField
                label={t('fields.spec')}
                {...register('spec')}
                error={!!errors.spec}
                helperText={help('spec')}
                sx={{ flex: 2 }}
                slotProps={{ htmlInput: { 'data-testid': 'part-spec' } }}
              />
              <TextField
                label={t('fields.bin')}
                {...register('bin')}
                error={!!errors.bin}
                helperText={help('bin')}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { 'data-testid': 'part-bin', spellCheck: false } }}
              />
            </Stack>
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="unit"
                render={({ field }) => (
                  <Autocomplete
                    freeSolo
                    options={UNITS}
                    inputValue={field.value}
                    onInputChange={(_event, value) => {
                      field.onChange(value);
                      // A unit brings its decimals (米 2) unless the clerk chose them.
                      if (!getFieldState('decimals').isDirty) setValue('decimals', decimalsFor(value));
                    }}
                    sx={{ flex: 1 }}
                    renderInput={(params) => (
                      <TextField
                        {...params}
                        label={t('fields.unit')}
                        required
                        error={!!errors.unit}
                        helperText={help('unit', t('dialog.unitHelp'))}
                        slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'part-unit' } }}
                      />
                    )}
                  />
                )}
              />
              <Controller
                control={control}
                name="decimals"
                render={({ field }) => (
                  <TextField
                    select
                    label={t('fields.decimals')}
                    value={field.value}
                    onChange={(event) => field.onChange(Number(event.target.value))}
                    error={!!errors.decimals}
                    helperText={help('decimals', t('dialog.decimalsHelp', { unit: unit || '—' }))}
                    sx={{ flex: 1 }}
                    data-testid="part-decimals"
                  >
                    {DECIMALS.map((count) => (
                      <MenuItem key={count} value={count}>
                        {t('dialog.decimalsOption', { count })}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
              <TextField
                label={t('fields.reorderPoint')}
                {...register('reorderPoint')}
                error={!!errors.reorderPoint}
                helperText={help('reorderPoint', t('dialog.reorderHelp'))}
                sx={{ flex: 1 }}
                slotProps={{
                  htmlInput: { 'data-testid': 'part-reorder', inputMode: 'decimal' },
                  input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> },
                }}
              />
              <TextField
                label={t('fields.unitCost')}
                {...register('unitCost')}
                error={!!errors.unitCost}
                helperText={help('unitCost', t('dialog.costHelp'))}
                sx={{ flex: 1 }}
                slotProps={{
                  htmlInput: { 'data-testid': 'part-cost', inputMode: 'decimal' },
                  input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
                }}
              />
            </Stack>
            {editing && (
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <TextField
                    select
                    label={t('fields.status')}
                    value={field.value}
                    onChange={(event) => field.onChange(event.target.value)}
                    helperText={t('dialog.statusHelp')}
                    sx={{ width: 360 }}
                    data-testid="part-status"
                  >
                    {PART_STATUSES.map((value) => (
                      <MenuItem key={value} value={value}>
                        {t(`status.${value}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
            )}
            <Controller
              control={control}
              name="models"
              render={({ field }) => (
                <Autocomplete
                  multiple
                  freeSolo
                  options={(models.data?.items ?? []).map((model) => model.model)}
                  value={field.value}
                  onChange={(_event, value) => field.onChange(value)}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={t('fields.models')}
                      error={!!errors.models}
                      helperText={help('models', t('dialog.modelsHelp'))}
                      slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'part-models' } }}
                    />
                  )}
                />
              )}
            />
            <Stack spacing={1}>
              <PartPicker
                key={pickerKey}
                value={null}
                autoFocus={pickerKey > 0}
                label={t('dialog.addSubstitute')}
                testId="part-substitute"
                error={!!errors.substitutes}
                helperText={help('substitutes', t('dialog.substitutesHelp'))}
                onChange={(picked) => {
                  setPickerKey((key) => key + 1);
                  if (!picked || picked.id === part?.id || substitutes.some((s) => s.id === picked.id)) return;
                  setValue('substitutes', [...substitutes, picked], { shouldDirty: true });
                }}
              />
              {substitutes.length > 0 && (
                <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="part-substitutes">
                  {substitutes.map((substitute) => (
                    <Chip
                      key={substitute.id}
                      label={`${substitute.code} ${substitute.name}`}
                      onDelete={() => setValue('substitutes', substitutes.filter((s) => s.id !== substitute.id), { shouldDirty: true })}
                    />
                  ))}
                </Stack>
              )}
            </Stack>
            <LongTextField
              label={t('fields.notes')}
              {...register('notes')}
              text={form.watch('notes')}
              max={inputMaxLength('parts.create', 'notes')}
              minRows={2}
              error={!!errors.notes}
              helperText={help('notes')}
              testId="part-notes"
            />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="part-save" />
      </form>
    </Dialog>
  );
}
