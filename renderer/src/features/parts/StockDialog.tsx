// Stock moved by hand at the store, one movement each: receive (入库, at a unit cost in yuan), issue (领用), return
// (退库) and adjust (盘点调整, a signed quantity with its reason). A quantity is typed as text (full-width digits too);
// an issue beyond the stock is refused on the quantity, naming the part, what was asked and what is there.
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ApiInput } from '../../../../shared/api';
import type { Part } from '../../../../shared/api/parts';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm, type Draft } from '../../lib/apiForm';
import { formatYuan, yuanToFen } from '../../lib/money';
import { fenText, STOCK_METHOD, stockInput, type StockAction, type StockValues } from './partForm';
import { quantityText } from './PartPicker';

type StockMethod = (typeof STOCK_METHOD)[StockAction];

const ownChecks = z.object({
  unitCost: z.string().refine((typed) => typed.trim() === '' || yuanToFen(typed) !== null, { message: 'validation.amount' }),
});

export function StockDialog({ action, part, onClose }: { action: StockAction; part: Part; onClose: () => void }) {
  const { t, i18n } = useTranslation(['parts', 'common']);
  const notify = useNotify();
  const language = i18n.language;
  const { form, submit, busy, formError, askBeforeClosing } = useApiForm({
    method: STOCK_METHOD[action] as StockMethod,
    defaultValues: { quantity: '', unitCost: action === 'receive' ? fenText(part.unitCostFen) : '', note: '' } satisfies StockValues as StockValues,
    toInput: (values: StockValues) => stockInput(action, part.id, values) as Draft<ApiInput<StockMethod>>,
    formSchema: ownChecks,
    fieldOf: (path) => (path === 'unitCostFen' ? 'unitCost' : path === 'reason' ? 'note' : undefined),
    onSaved: (posted) => {
      notify(t(`stock.done.${action}`, { part: `${part.code} ${part.name}`, balance: quantityText(posted.balance, part.unit, language) }));
      onClose();
    },
  });
  const { register, formState: { errors } } = form;
  const noteLabel = action === 'adjust' ? t('stock.reason') : t('stock.note');

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} fullWidth maxWidth="xs" slotProps={{ paper: { 'data-testid': `stock-dialog-${action}` } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t(`stock.titles.${action}`, { part: `${part.code} ${part.name}` })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} />
            <Typography variant="body2" color="text.secondary" data-testid="stock-dialog-on-hand">
              {t('stock.onHandNow', { quantity: quantityText(part.onHand, part.unit, language), value: formatYuan(part.valueFen, language) })}
            </Typography>
            <TextField
              label={action === 'adjust' ? t('stock.signedQuantity') : t('stock.quantity')}
              {...register('quantity')}
              required
              autoFocus
              error={!!errors.quantity}
              helperText={errors.quantity?.message ?? (action === 'adjust' ? t('stock.signedHelp') : part.decimals === 0 ? t('stock.wholeHelp', { unit: part.unit }) : t('stock.quantityHelp', { count: part.decimals }))}
              slotProps={{
                htmlInput: { 'data-testid': 'stock-quantity', inputMode: 'decimal', autoComplete: 'off' },
                input: { endAdornment: <InputAdornment position="end">{part.unit}</InputAdornment> },
              }}
            />
            {action === 'receive' && (
              <TextField
                label={t('stock.unitCost')}
                {...register('unitCost')}
                error={!!errors.unitCost}
                helperText={errors.unitCost?.message ?? t('stock.unitCostHelp', { average: formatYuan(part.averageCostFen, language) })}
                slotProps={{
                  htmlInput: { 'data-testid': 'stock-unit-cost', inputMode: 'decimal', autoComplete: 'off' },
                  input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
                }}
              />
            )}
            <TextField
              label={noteLabel}
              {...register('note')}
              required={action === 'adjust'}
              error={!!errors.note}
              helperText={errors.note?.message}
              slotProps={{ htmlInput: { 'data-testid': 'stock-note' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="stock-save">
            {t(`stock.actions.${action}`)}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
