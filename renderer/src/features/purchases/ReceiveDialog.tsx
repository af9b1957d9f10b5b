// 到货入库: one delivery of an approved request. A line per part still outstanding, prefilled with what is outstanding
// and the line's estimated cost; the clerk types what arrived (0 leaves a line for a later delivery). Each line sent is
// a receipt movement of the ledger; more than is outstanding is refused on its line, in the user's language.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { PurchaseRequest } from '../../../../shared/api/purchases';
import { inputMaxLength } from '../../../../shared/api/limits';
import { milliText, toMilli } from '../../../../shared/parts/quantity';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { useApiForm, type FieldOf } from '../../lib/apiForm';
import { yuanToFen } from '../../lib/money';
import { useAmounts } from './parts';
import { fenToYuanText } from './lines';

interface ReceiveLine {
  partId: number;
  quantity: string;
  cost: string;
}
interface ReceiveValues {
  lines: ReceiveLine[];
  note: string;
}

/** A line typed empty or 0 is not received this time. */
const sent = (line: ReceiveLine) => toMilli(line.quantity.trim() || '0') !== 0;

/** The form's lines that go out, by their place in the form: the input's `lines.1` is the second of these. */
const sentIndexes = (values: ReceiveValues) => values.lines.flatMap((line, index) => (sent(line) ? [index] : []));

const formSchema = z.object({
  lines: z.array(z.object({ partId: z.number(), quantity: z.string(), cost: z.string().refine((cost) => cost.trim() === '' || yuanToFen(cost) !== null, { message: 'validation.amount' }) })),
});

export function ReceiveDialog({ request, onClose, onSaved }: { request: PurchaseRequest; onClose: () => void; onSaved: (saved: PurchaseRequest) => void }) {
  const { t } = useTranslation(['purchases', 'common']);
  const amounts = useAmounts();
  const open = request.lines.filter((line) => line.outstanding > 0);
  const fieldOf: FieldOf<ReceiveValues> = (path, values) => {
    const match = /^lines\.(\d+)\.(\w+)/.exec(path);
    if (!match) return path === 'lines' ? null : undefined;
    const index = sentIndexes(values)[Number(match[1])];
    const field = { quantity: 'quantity', unitCostFen: 'cost', partId: 'quantity' }[match[2]!];
    return index !== undefined && field ? (`lines.${index}.${field}` as `lines.${number}.quantity`) : null;
  };
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method: 'purchases.receive',
    defaultValues: {
      lines: open.map((line) => ({ partId: line.partId, quantity: milliText(Math.round(line.outstanding * 1000)), cost: fenToYuanText(line.estimatedUnitCostFen) })),
      note: '',
    },
    formSchema,
    fieldOf,
    versioned: { version: request.version, latestVersion: async () => (await call('purchases.get', { id: request.id })).version },
    toInput: (values: ReceiveValues, version) => ({
      id: request.id,
      version,
      lines: values.lines.filter(sent).map((line) => ({
        partId: line.partId,
        quantity: line.quantity,
        ...(line.cost.trim() !== '' && { unitCostFen: yuanToFen(line.cost) ?? undefined }),
      })),
      ...(values.note.trim() !== '' && { note: values.note }),
    }),
    onSaved: (saved) => {
      onSaved(saved);
      onClose();
    },
  });
  const errors = form.formState.errors.lines;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="receive-dialog">
        <DialogTitle>{t('steps.receive.title', { number: request.number })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <Typography variant="body2" color="text.secondary">
              {t('steps.receive.help')}
            </Typography>
            <Table size="small" sx={{ '& th, & td': { px: 1, verticalAlign: 'top' } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('fields.part')}</TableCell>
                  <TableCell sx={{ width: 190 }}>{t('steps.receive.quantity')}</TableCell>
                  <TableCell sx={{ width: 160 }}>{t('fields.unitCost')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {open.map((line, index) => {
                  const quantity = form.register(`lines.${index}.quantity`);
                  const cost = form.register(`lines.${index}.cost`);
                  return (
                    <TableRow key={line.partId} data-testid={`receive-line-${line.code}`}>
                      <TableCell sx={{ pt: 1.5 }}>
                        <Typography variant="body2">
                          <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', mr: 1 }}>
                            {line.code}
                          </Typography>
                          {line.name}
                        </Typography>
                        <Typography variant="caption" color="text.secondary">
                          {[line.spec, `${t('fields.ordered')} ${amounts.quantity(line.ordered, line.unit)}`, `${t('fields.received')} ${amounts.quantity(line.received, line.unit)}`]
                            .filter(Boolean)
                            .join(' · ')}
                        </Typography>
                      </TableCell>
                      <TableCell>
                        <TextField
                          {...quantity}
                          inputRef={quantity.ref}
                          ref={undefined}
                          label={t('steps.receive.quantity')}
                          autoFocus={index === 0}
                          error={!!errors?.[index]?.quantity}
                          helperText={errors?.[index]?.quantity?.message ?? t('steps.receive.of', { outstanding: amounts.quantity(line.outstanding, line.unit) })}
                          slotProps={{
                            htmlInput: { inputMode: 'decimal', 'data-testid': `receive-line-${line.code}-quantity` },
                            input: { endAdornment: <InputAdornment position="end">{line.unit}</InputAdornment> },
                          }}
                        />
                      </TableCell>
                      <TableCell>
                        <TextField
                          {...cost}
                          inputRef={cost.ref}
                          ref={undefined}
                          label={t('fields.unitCost')}
                          error={!!errors?.[index]?.cost}
                          helperText={errors?.[index]?.cost?.message}
                          slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `receive-line-${line.code}-cost` } }}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <TextField
              {...form.register('note')}
              label={t('fields.note')}
              slotProps={{ htmlInput: { maxLength: inputMaxLength('purchases.receive', 'note'), 'data-testid': 'receive-note' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="receive-save">
            {t('steps.receive.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
