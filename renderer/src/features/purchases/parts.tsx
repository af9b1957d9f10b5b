// Pieces every purchase screen shows: the state as a chip, money in yuan, a line's quantity with its unit.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { PurchaseState } from '../../../../shared/purchases/workflow';
import { formatYuan } from '../../lib/money';
import { quantityText } from '../parts';

type Color = 'default' | 'warning' | 'info' | 'success' | 'error' | 'primary';

/** Waiting on someone in amber, approved and receiving in blue, done in green, refused or short in grey/red. */
const STATE_COLORS: Record<PurchaseState, Color> = {
  draft: 'default',
  submitted: 'warning',
  approved: 'info',
  rejected: 'error',
  partly_received: 'primary',
  received: 'success',
  closed_short: 'default',
};

export function PurchaseStateChip({ state, testId = 'purchase-state' }: { state: PurchaseState; testId?: string }) {
  const { t } = useTranslation('purchases');
  return <Chip size="small" variant="outlined" color={STATE_COLORS[state]} label={t(`states.${state}`)} data-testid={testId} data-state={state} />;
}

/** Money and quantities in the user's language. */
export function useAmounts() {
  const { i18n } = useTranslation();
  return {
    yuan: (fen: number) => formatYuan(fen, i18n.language),
    quantity: (units: number, unit: string) => quantityText(units, unit, i18n.language),
  };
}
