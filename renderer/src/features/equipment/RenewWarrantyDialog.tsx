// 续保: a renewal contract extends a unit's warranty to a new end date, for a fee in yuan kept as fen.
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
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
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Equipment } from '../../../../shared/api';
import { addDays, isCalendarDate } from '../../../../shared/customers/dates';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { useFormat } from '../../lib/format';
import { CalendarDateField, useCalendarDate } from '../../components/CalendarDateField';
import { formatYuan, yuanToFen } from '../../lib/money';
import { WarrantyChip } from './WarrantyChip';

type RenewValues = { contractNumber: string; newEnd: string; fee: string };

/** What the method cannot know: the warranty's end as read, and the fee as typed in yuan (it takes fen). */
function renewChecks(currentEnd: string | null) {
  return z.object({
    newEnd: z.string().refine((end) => !isCalendarDate(end) || !currentEnd || end > currentEnd, { message: 'validation.renewalNotLater' }),
    fee: z.string().refine((fee) => yuanToFen(fee) !== null, { message: 'validation.amount' }),
  });
}

export function RenewWarrantyDialog({ customerId, unit, onClose }: { customerId: number; unit: Equipment; onClose: () => void }) {
  const { t, i18n } = useTranslation(['equipment', 'common']);
  const notify = useNotify();
  const format = useFormat();
  const date = useCalendarDate();
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method: 'equipment.renewWarranty',
    defaultValues: { contractNumber: '', newEnd: '', fee: '' } satisfies RenewValues,
    toInput: (values: RenewValues, version) => ({
      id: unit.id,
      version,
      contractNumber: values.contractNumber,
      newEnd: values.newEnd,
      feeFen: yuanToFen(values.fee) ?? undefined,
    }),
    formSchema: renewChecks(unit.warrantyEnd),
    fieldOf: (path) => (path === 'feeFen' ? 'fee' : undefined),
    versioned: { version: unit.version, latestVersion: async () => (await call('customers.get', { id: customerId })).equipment.find((e) => e.id === unit.id)?.version },
    onSaved: (saved) => {
      notify(t('renew.done', { serial: saved.serialNumber, end: date(saved.warrantyEnd) }));
      onClose();
    },
  });
  const { register, control, formState: { errors } } = form;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="sm" slotProps={{ paper: { 'data-testid': 'renew-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('renew.title', { model: unit.model, serial: unit.serialNumber })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2">{t('renew.currentEnd', { end: date(unit.warrantyEnd) || t('renew.noEnd') })}</Typography>
              <WarrantyChip status={unit.warrantyStatus} />
            </Stack>
            <TextField
              label={t('renew.contractNumber')}
              {...register('contractNumber')}
              required
              autoFocus
              error={!!errors.contractNumber}
              helperText={errors.contractNumber?.message}
              slotProps={{ htmlInput: { 'data-testid': 'renew-contract' } }}
            />
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="newEnd"
                render={({ field }) => (
                  <CalendarDateField
                    label={t('renew.newEnd')}
                    value={field.value}
                    onChange={field.onChange}
                    required
                    minDate={unit.warrantyEnd ? addDays(unit.warrantyEnd, 1) : null}
                    error={!!errors.newEnd}
                    helperText={errors.newEnd?.message ?? ' '}
                    testId="renew-new-end"
                  />
                )}
              />
              <TextField
                label={t('renew.fee')}
                {...register('fee')}
                required
                error={!!errors.fee}
                helperText={errors.fee?.message ?? t('renew.feeHelp')}
                slotProps={{
                  htmlInput: { 'data-testid': 'renew-fee', inputMode: 'decimal' },
                  input: { startAdornment: <InputAdornment position="start">{t('renew.currency')}</InputAdornment> },
                }}
              />
            </Stack>
            {unit.renewals.length > 0 && (
              <Box>
                <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
                  {t('renew.history')}
                </Typography>
                <Table size="small" data-testid="renew-history">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('renew.contractNumber')}</TableCell>
                      <TableCell>{t('renew.period')}</TableCell>
                      <TableCell align="right">{t('renew.fee')}</TableCell>
                      <TableCell>{t('renew.renewedAt')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {unit.renewals.map((renewal) => (
                      <TableRow key={renewal.id}>
                        <TableCell>{renewal.contractNumber}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('renew.fromTo', { from: date(renewal.previousEnd) || '—', to: date(renewal.newEnd) })}</TableCell>
                        <TableCell align="right">{formatYuan(renewal.feeFen, i18n.language)}</TableCell>
                        <TableCell>
                          {format.date(renewal.renewedAt)} {renewal.renewedBy ?? ''}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="renew-save" />
      </form>
    </Dialog>
  );
}
