// The picked customer's equipment as a radio group (↑↓ choose, Tab goes on), with "not about equipment" last.
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Equipment } from '../../../../../shared/api/equipment';
import { WarrantyChip } from '../../equipment';
import { useApiQuery } from '../../../lib/queries';

/** Model, product and serial number: how the hotline names a unit. */
export const equipmentLabel = (unit: Pick<Equipment, 'model' | 'productName' | 'serialNumber'>): string =>
  [unit.model, unit.productName, unit.serialNumber].filter((part) => part).join(' ');

const NONE = 'none';

export function EquipmentChoice({ customerId, value, onChange }: { customerId: number; value: number | null; onChange: (id: number | null) => void }) {
  const { t } = useTranslation('requests');
  const page = useApiQuery('customers.get', { id: customerId }, { staleTime: 30_000 });
  const units = page.data?.equipment ?? [];
  if (page.isPending) return null;
  if (units.length === 0) {
    return (
      <Typography variant="caption" color="text.secondary" data-testid="call-equipment-none">
        {t('call.noEquipment')}
      </Typography>
    );
  }
  return (
    <RadioGroup
      value={value === null ? NONE : String(value)}
      onChange={(event) => onChange(event.target.value === NONE ? null : Number(event.target.value))}
      aria-label={t('fields.equipment')}
      data-testid="call-equipment"
    >
      {units.map((unit) => (
        <FormControlLabel
          key={unit.id}
          value={String(unit.id)}
          control={<Radio size="small" sx={{ py: 0.25 }} slotProps={{ input: { 'data-testid': `call-equipment-${unit.serialNumber}` } as object }} />}
          label={
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2">{equipmentLabel(unit)}</Typography>
              <WarrantyChip status={unit.warrantyStatus} />
            </Stack>
          }
        />
      ))}
      <FormControlLabel
        value={NONE}
        control={<Radio size="small" sx={{ py: 0.25 }} slotProps={{ input: { 'data-testid': 'call-equipment-unlinked' } as object }} />}
        label={<Typography variant="body2" color="text.secondary">{t('call.notAboutEquipment')}</Typography>}
      />
    </RadioGroup>
  );
}
