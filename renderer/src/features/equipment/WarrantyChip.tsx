// 在保 / 30天内到期 / 已过保 as a coloured chip, with the end date.
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { WarrantyStatus } from '../../../../shared/customers/dates';

const COLOR: Record<WarrantyStatus, 'success' | 'warning' | 'error' | 'default'> = {
  in_warranty: 'success',
  expiring: 'warning',
  expired: 'error',
  unknown: 'default',
};

export function WarrantyChip({ status, title }: { status: WarrantyStatus; title?: string }) {
  const { t } = useTranslation('equipment');
  const chip = (
    <Chip
      size="small"
      color={COLOR[status]}
      variant={status === 'in_warranty' ? 'outlined' : 'filled'}
      label={t(`warranty.status.${status}`)}
      data-testid={`warranty-${status}`}
    />
  );
  return title ? <Tooltip title={title}>{chip}</Tooltip> : chip;
}
