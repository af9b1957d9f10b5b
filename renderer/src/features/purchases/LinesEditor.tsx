// The lines of a purchase request as the clerk fills them: a part (typed, or scanned: the code and Enter), the quantity
// in the part's unit, the estimated cost of one unit in yuan; each line's amount and the request's total as typed.
// Picking a part fills what is still empty: the quantity the reorder point asks for, the part's average cost.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PartSummary } from '../../../../shared/api/parts';
import { costOf, toMilli } from '../../../../shared/parts/quantity';
import { yuanToFen } from '../../lib/money';
import { PartPicker } from '../parts';
import { useAmounts } from './parts';
import { EMPTY_LINE, fenToYuanText, suggestedQuantity, type LineValues, type PurchaseFormValues } from './lines';

/** The amount of a line as typed, in fen; null while the quantity or the cost is not a number. */
function amountOf(line: LineValues): number | null {
  const milli = toMilli(line.quantity || '0');
  const fen = yuanToFen(line.cost || '0');
  return typeof milli === 'number' && milli >= 0 && fen !== null ? costOf(milli, fen) : null;
}

export function LinesEditor({ form }: { form: UseFormReturn<PurchaseFormValues> }) {
  const { t } = useTranslation('purchases');
  const amounts = useAmounts();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'lines' });
  const lines = useWatch({ control: form.control, name: 'lines' });
  const total = lines.reduce((sum, line) => sum + (amountOf(line) ?? 0), 0);
  const errors = form.formState.errors.lines;
  const table = useRef<HTMLTableElement>(null);
  // A line added is ready for a scan: its part box takes the focus once it is there.
  const focusLine = useRef<number | null>(null);
  useEffect(() => {
    if (focusLine.current === null || focusLine.current >= fields.length) return;
    table.current?.querySelector<HTMLInputElement>(`input[data-testid="purchase-line-${focusLine.current}-part"]`)?.focus();
    focusLine.current = null;
  }, [fields.length]);

  const picked = (index: number, part: PartSummary | null) => {
    form.setValue(`lines.${index}.part`, part, { shouldDirty: true });
    if (!part) return;
    const line = form.getValues(`lines.${index}`);
    if (line.quantity.trim() === '') form.setValue(`lines.${index}.quantity`, suggestedQuantity(part), { shouldDirty: true });
    if (line.cost.trim() === '') form.setValue(`lines.${index}.cost`, fenToYuanText(part.averageCostFen), { shouldDirty: true });
    form.clearErrors(`lines.${index}.part`);
    // The next thing to type is the quantity (a scanner's Enter has picked the part).
    setTimeout(() => form.setFocus(`lines.${index}.quantity`), 0);
  };

  return (
    <Stack spacing={1}>
      <Table ref={table} size="small" sx={{ '& th, & td': { px: 1, verticalAlign: 'top' } }} data-testid="purchase-lines">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 32 }} />
            <TableCell>{t('fields.part')}</TableCell>
            <TableCell sx={{ width: 150 }}>{t('fields.quantity')}</TableCell>
            <TableCell sx={{ width: 150 }}>{t('fields.estimatedUnitCost')}</TableCell>
            <TableCell sx={{ width: 120, textAlign: 'right' }}>{t('fields.amount')}</TableCell>
            <TableCell sx={{ width: 48 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field, index) => {
            const line = lines[index] ?? EMPTY_LINE;
            const lineErrors = errors?.[index];
            const amount = amountOf(line);
            const quantity = form.register(`lines.${index}.quantity`);
            const cost = form.register(`lines.${index}.cost`);
            return (
              <TableRow key={field.id} data-testid={`purchase-line-${index}`}>
                <TableCell sx={{ pt: 2.25, color: 'text.secondary' }}>{index + 1}</TableCell>
                <TableCell
                  // Enter in the part box picks a part (a scan ends with Enter): it never saves the form.
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && (event.target as HTMLInputElement).value !== '') event.preventDefault();
                  }}
                >
                  <Controller
                    control={form.control}
                    name={`lines.${index}.part`}
                    render={({ field: picker, fieldState }) => (
                      <PartPicker
                        value={picker.value}
                        onChange={(part) => picked(index, part)}
                        testId={`purchase-line-${index}-part`}
                        label={t('form.line', { index: index + 1 })}
                        error={!!fieldState.error}
                        includeDiscontinued={false}
                        autoFocus={picker.value === null && fields.length === 1}
                        {...(fieldState.error?.message
                          ? { helperText: fieldState.error.message }
                          : picker.value && {
                              helperText: t('form.stock', {
                                onHand: amounts.quantity(picker.value.onHand, picker.value.unit),
                                reorderPoint: amounts.quantity(picker.value.reorderPoint, picker.value.unit),
                              }),
                            })}
                      />
                    )}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    {...quantity}
                    inputRef={quantity.ref}
                    ref={undefined}
                    label={t('fields.quantity')}
                    error={!!lineErrors?.quantity}
                    helperText={lineErrors?.quantity?.message}
                    slotProps={{
                      htmlInput: { inputMode: 'decimal', 'data-testid': `purchase-line-${index}-quantity` },
                      input: { endAdornment: line.part ? <InputAdornment position="end">{line.part.unit}</InputAdornment> : undefined },
                    }}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    {...cost}
                    inputRef={cost.ref}
                    ref={undefined}
                    label={t('fields.estimatedUnitCost')}
                    error={!!lineErrors?.cost}
                    helperText={lineErrors?.cost?.message}
                    slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `purchase-line-${index}-cost` } }}
                  />
                </TableCell>
                <TableCell sx={{ pt: 2.25, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={`purchase-line-${index}-amount`}>
                  {amount === null ? '' : amounts.yuan(amount)}
                </TableCell>
                <TableCell sx={{ pt: 1.25 }}>
                  <IconButton
                    aria-label={t('form.removeLine', { index: index + 1 })}
                    onClick={() => remove(index)}
                    disabled={fields.length === 1}
                    data-testid={`purchase-line-${index}-remove`}
                  >
                    <DeleteOutlineOutlined />
                  </IconButton>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Button startIcon={<AddOutlined />} onClick={() => {
            focusLine.current = fields.length;
            append({ ...EMPTY_LINE }, { shouldFocus: false });
          }} data-testid="purchase-add-line">
          {t('form.addLine')}
        </Button>
        <Typography variant="subtitle1" sx={{ fontVariantNumeric: 'tabular-nums', pr: 7 }} data-testid="purchase-total">
          {t('form.total')}: {amounts.yuan(total)}
        </Typography>
      </Stack>
      {errors?.root?.message && (
        <Typography variant="caption" color="error">
          {errors.root.message}
        </Typography>
      )}
    </Stack>
  );
}
