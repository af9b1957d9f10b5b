// Lines of parts as a technician or a dispatcher types them: the part (typed, or scanned: the code and Enter; a
// discontinued one offers its substitutes), the quantity in the part's unit, and where asked whether it is an issue
// (领用) or a return (退库). Used for the parts to bring and for the parts used and returned; what the store refuses
// (more than is in stock) shows on the line's quantity.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useFieldArray, useWatch, type Control, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PartSummary } from '../../../../shared/api/parts';
import { PartPicker, quantityText } from '../parts';
import type { PartLine } from './form';

export type MovementLine = PartLine & { kind: 'issue' | 'return' };
type Lines = { lines: MovementLine[] } | { plannedParts: PartLine[] };

export function PartLinesEditor<Values extends Lines>({
  form,
  name,
  withKind = false,
  minLines = 0,
  testId,
}: {
  form: UseFormReturn<Values>;
  name: 'lines' | 'plannedParts';
  withKind?: boolean;
  minLines?: number;
  testId: string;
}) {
  const { t, i18n } = useTranslation('workOrders');
  // The editor works on either list; react-hook-form's paths are typed for one form at a time.
  const loose = form as unknown as UseFormReturn<{ lines: MovementLine[] }>;
  const control = loose.control as Control<{ lines: MovementLine[] }>;
  const { fields, append, remove } = useFieldArray({ control, name: name as 'lines' });
  const lines = useWatch({ control, name: name as 'lines' }) ?? [];
  const errors = (loose.formState.errors as FieldErrors<{ lines: MovementLine[] }>)[name as 'lines'];

  const picked = (index: number, part: PartSummary | null) => {
    loose.setValue(`${name}.${index}.part` as `lines.${number}.part`, part, { shouldDirty: true });
    loose.clearErrors(`${name}.${index}.part` as `lines.${number}.part`);
    if (part) setTimeout(() => loose.setFocus(`${name}.${index}.quantity` as `lines.${number}.quantity`), 0);
  };

  return (
    <Stack spacing={1} data-testid={testId}>
      {fields.map((field, index) => {
        const line = lines[index];
        const lineErrors = errors?.[index];
        const quantity = loose.register(`${name}.${index}.quantity` as `lines.${number}.quantity`);
        return (
          <Stack key={field.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-testid={`${testId}-${index}`}>
            <Typography variant="body2" color="text.secondary" sx={{ pt: 2, width: 20, flexShrink: 0 }}>
              {index + 1}
            </Typography>
            <Stack
              sx={{ flex: 1, minWidth: 0 }}
              // Enter in the part box picks a part (a scan ends with Enter): it never saves the form.
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.target as HTMLInputElement).value !== '') event.preventDefault();
              }}
            >
              <Controller
                control={control}
                name={`${name}.${index}.part` as `lines.${number}.part`}
                render={({ field: picker, fieldState }) => (
                  <PartPicker
                    value={picker.value}
                    onChange={(part) => picked(index, part)}
                    testId={`${testId}-${index}-part`}
                    label={t('form.line', { index: index + 1 })}
                    error={!!fieldState.error}
                    autoFocus={picker.value === null && index === fields.length - 1}
                    {...(fieldState.error?.message
                      ? { helperText: fieldState.error.message }
                      : picker.value && { helperText: t('form.stock', { onHand: quantityText(picker.value.onHand, picker.value.unit, i18n.language) }) })}
                  />
                )}
              />
            </Stack>
            {withKind && (
              <Controller
                control={control}
                name={`${name}.${index}.kind` as `lines.${number}.kind`}
                render={({ field: kind }) => (
                  <TextField
                    select
                    label={t('fields.movementKind')}
                    value={kind.value}
                    onChange={(event) => kind.onChange(event.target.value)}
                    sx={{ width: 150, flexShrink: 0 }}
                    slotProps={{ htmlInput: { 'data-testid': `${testId}-${index}-kind` } }}
                  >
                    <MenuItem value="issue">{t('movements.issue')}</MenuItem>
                    <MenuItem value="return">{t('movements.return')}</MenuItem>
                  </TextField>
                )}
              />
            )}
            <TextField
              {...quantity}
              inputRef={quantity.ref}
              ref={undefined}
              label={t('fields.quantity')}
              error={!!lineErrors?.quantity}
              helperText={lineErrors?.quantity?.message}
              sx={{ width: withKind ? 220 : 160, flexShrink: 0 }}
              slotProps={{
                htmlInput: { inputMode: 'decimal', 'data-testid': `${testId}-${index}-quantity` },
                input: { endAdornment: line?.part ? <InputAdornment position="end">{line.part.unit}</InputAdornment> : undefined },
              }}
            />
            <IconButton
              aria-label={t('form.removeLine', { index: index + 1 })}
              onClick={() => remove(index)}
              disabled={fields.length <= minLines}
              sx={{ mt: 1 }}
              data-testid={`${testId}-${index}-remove`}
            >
              <DeleteOutlineOutlined />
            </IconButton>
          </Stack>
        );
      })}
      <Stack direction="row">
        <Button
          startIcon={<AddOutlined />}
          // A planned part carries no kind; the extra field is not sent.
          onClick={() => append({ part: null, quantity: '1', kind: 'issue' }, { shouldFocus: false })}
          data-testid={`${testId}-add`}
        >
          {t('form.addLine')}
        </Button>
      </Stack>
      {errors?.root?.message && (
        <Typography variant="caption" color="error">
          {errors.root.message}
        </Typography>
      )}
    </Stack>
  );
}
