// Pieces every replacement notice screen shows: the state and where the faulty unit is as chips.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { UnitWhereabouts } from '../../../../shared/api/replacements';
import type { ReplacementState } from '../../../../shared/replacements/workflow';

type Color = 'default' | 'warning' | 'info' | 'success' | 'error' | 'primary';

/** Out with the customer or at the factory in amber and blue, settled in green or grey, failed in red. */
const STATE_COLORS: Record<ReplacementState, Color> = {
  spare_installed: 'warning',
  at_factory: 'info',
  tested: 'primary',
  reinstalled: 'success',
  recovered: 'default',
  repair_failed: 'error',
  formally_replaced: 'success',
  closed: 'default',
};

const WHERE_COLORS: Record<UnitWhereabouts, Color> = {
  at_customer_replaced: 'warning',
  at_factory: 'info',
  back_from_factory: 'primary',
  awaiting_scrap: 'error',
};

export function ReplacementStateChip({ state, testId = 'replacement-state' }: { state: ReplacementState; testId?: string }) {
  const { t } = useTranslation('replacements');
  return <Chip size="small" variant="outlined" color={STATE_COLORS[state]} label={t(`states.${state}`)} data-testid={testId} data-state={state} />;
}

export function WhereChip({ where, testId }: { where: UnitWhereabouts; testId?: string }) {
  const { t } = useTranslation('replacements');
  return <Chip size="small" color={WHERE_COLORS[where]} label={t(`where.${where}`)} data-testid={testId} data-where={where} />;
}
