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
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Equipment } from '../../../../shared/api';
import { calendarDateSchema } from '../../../../shared/api/customers';
import { addDays } from '../../../../shared/customers/dates';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useVersionedSave } from '../../lib/formSave';
import { useFormat } from '../../lib/format';
import { CalendarDateField, useCalendarDate } from '../../components/CalendarDateField';
import { formatYuan, yuanToFen } from '../../lib/money';
import { WarrantyChip } from './WarrantyChip';
import { useRefreshReads } from '../../lib/queries';

function renewForm(currentEnd: string | null) {
  return z.object({
    contractNumber: z.string().trim().min(1).max(60),
    newEnd: calendarDateSchema.refine((end) => !currentEnd || end > currentEnd, { message: 'validation.renewalNotLater' }),
    fee: z.string().refine((fee) => yuanToFen(fee) !== null, { message: 'validation.amount' }),
  });
}
type FormInput = z.input<ReturnType<typeof renewForm>>;
type FormOutput = z.output<ReturnType<typeof renewForm>>;
const FIELDS = ['contractNumber', 'newEnd', 'fee'] as const;

export function RenewWarrantyDialog({ customerId, unit, onClose }: { customerId: number; unit: Equipment; onClose: () => void }) {
  const { t, i18n } = useTranslation(['equipment', 'common']);
  const refreshReads = useRefreshReads();
  const notify = useNotify();
  const format = useFormat();
  const date = useCalendarDate();
  const resolver = useMemo(() => translatedResolver<FormInput, FormOutput>(renewForm(unit.warrantyEnd), t), [unit.warrantyEnd, t]);
  const { register, control, handleSubmit, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver,
    defaultValues: { contractNumber: '', newEnd: '', fee: '' },
  });
  const { errors, isSubmitting } = formState;
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: unit.version,
    fetchLatestVersion: async () => {
      const page = await call('customers.get', { id: customerId });
      void refreshReads('equipment.renewWarranty');
      return page.equipment.find((e) => e.id === unit.id)?.version;
    },
    messageOf: (error) => applyApiError(t, error, setError, [...FIELDS, 'feeFen'], (path) => (path === 'feeFen' ? 'fee' : path)),
  });

  const onSubmit = handleSubmit((values) =>
    save(async () => {
      const saved = await call('equipment.renewWarranty', {
        id: unit.id,
        version,
        contractNumber: values.contractNumber,
        newEnd: values.newEnd,
        feeFen: yuanToFen(values.fee) ?? 0,
      });
      notify(t('renew.done', { serial: saved.serialNumber, end: date(saved.warrantyEnd) }));
      onClose();
    }),
  );

  return (
    <Dialog open onClose={onClose} maxWidth="sm" slotProps={{ paper: { 'data-testid': 'renew-dialog' } as object }}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle>{t('renew.title', { model: unit.model, serial: unit.serialNumber })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
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
        <SaveDialogActions version={version} busy={isSubmitting} onCancel={onClose} saveTestId="renew-save" />
      </form>
    </Dialog>
  );
}
