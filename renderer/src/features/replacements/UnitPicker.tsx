// The faulty unit of a form (a lend form, a scrap record of a customer's unit): the customer picked with the customer
// search, then one of its units. Opened with `?equipmentId=` alone, the unit's customer is read from the unit's repair
// archive (the contract has no read of one unit by id; every unit's archive starts with its "equipment added" event).
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Equipment } from '../../../../shared/api';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { useApiQuery } from '../../lib/queries';
import { CustomerPickerField, type PickedCustomer } from '../customer-search';

/** The customer a unit belongs to, from the unit's archive, when only the unit is known. */
function useCustomerOfUnit(equipmentId: number | undefined, customerId: number | undefined) {
  const archive = useApiQuery('customers.timeline', { equipmentId: equipmentId ?? 1, limit: 1 }, { enabled: equipmentId !== undefined && customerId === undefined });
  if (customerId !== undefined || equipmentId === undefined) return { customerId, pending: false, error: null };
  return { customerId: archive.data?.items[0]?.customerId, pending: archive.isPending, error: archive.error };
}

/**
 * A form opened from a unit (`?equipmentId=`, perhaps `&customerId=`): reads its customer, then hands the form that
 * customer and the unit (undefined when the customer has no such unit), or null when no unit was named.
 */
export function StartingWithUnit({
  equipmentId,
  customerId,
  children,
}: {
  equipmentId: number | undefined;
  customerId: number | undefined;
  children: (found: { customer: PickedCustomer; unit: Equipment | undefined } | null) => ReactNode;
}) {
  const owner = useCustomerOfUnit(equipmentId, customerId);
  const customer = useApiQuery('customers.get', { id: owner.customerId ?? 1 }, { enabled: owner.customerId !== undefined });
  if (owner.error) return <QueryError error={owner.error} />;
  if (owner.pending || (owner.customerId !== undefined && customer.isPending)) return <LoadingBlock />;
  if (customer.isError) return <QueryError error={customer.error} onRetry={() => void customer.refetch()} />;
  const page = customer.data;
  if (!page) return children(null);
  const { id, name, code } = page.customer;
  return children({ customer: { id, name, code }, unit: page.equipment.find((u) => u.id === equipmentId) });
}

export const unitLabel = (unit: Pick<Equipment, 'model' | 'serialNumber'>) => `${unit.model} · ${unit.serialNumber}`;

export function UnitPicker({
  customer,
  onCustomer,
  equipmentId,
  onEquipment,
  label,
  error,
  helperText,
  testId,
}: {
  customer: PickedCustomer | null;
  onCustomer: (customer: PickedCustomer | null) => void;
  equipmentId: number | null;
  onEquipment: (unit: Equipment | null) => void;
  label: string;
  error?: boolean;
  helperText?: string;
  testId: string;
}) {
  const { t } = useTranslation('replacements');
  const page = useApiQuery('customers.get', { id: customer?.id ?? 1 }, { enabled: customer !== null });
  const units = page.data?.equipment ?? [];
  return (
    <Stack spacing={1.5}>
      <CustomerPickerField
        value={customer}
        onChange={(picked) => {
          onCustomer(picked);
          onEquipment(null);
        }}
        label={t('form.customer')}
      />
      {customer !== null && (
        <TextField
          select
          size="small"
          label={label}
          value={equipmentId ?? ''}
          onChange={(event) => onEquipment(units.find((unit) => unit.id === Number(event.target.value)) ?? null)}
          error={error}
          helperText={helperText ?? (page.data && units.length === 0 ? t('form.noEquipment') : undefined)}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          data-testid={testId}
          sx={{ maxWidth: 520 }}
        >
          <MenuItem value="">
            <Typography variant="body2" color="text.secondary">
              {t('form.equipmentNone')}
            </Typography>
          </MenuItem>
          {units.map((unit) => (
            <MenuItem key={unit.id} value={unit.id} data-testid={`${testId}-option-${unit.id}`}>
              {unitLabel(unit)}
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {unit.productName}
              </Typography>
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
}
