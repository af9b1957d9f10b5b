// A count sheet's state: counting (the one that asks for work), posted, cancelled.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { StocktakeState } from '../../../../shared/stocktakes/workflow';

const COLOR = { counting: 'info', posted: 'success', cancelled: 'default' } as const;

export function StocktakeStateChip({ state }: { state: StocktakeState }) {
  const { t } = useTranslation('stocktakes');
  return <Chip size="small" variant="outlined" color={COLOR[state]} label={t(`states.${state}`)} data-testid="stocktake-state" data-state={state} />;
}

/** The bins of a sheet as one line: "全库" / "Whole store" when none were chosen. */
export function useBinsText(): (bins: readonly string[]) => string {
  const { t } = useTranslation('stocktakes');
  return (bins) => (bins.length === 0 ? t('wholeStore') : bins.map((bin) => bin || t('noBin')).join('、'));
}
