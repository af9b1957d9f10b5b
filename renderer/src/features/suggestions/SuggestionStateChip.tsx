import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { SuggestionState } from '../../../../shared/suggestions/workflow';

const COLORS: Record<SuggestionState, 'warning' | 'info' | 'primary' | 'default'> = {
  recorded: 'warning',
  forwarded: 'info',
  answered: 'primary',
  closed: 'default',
};

export function SuggestionStateChip({ state }: { state: SuggestionState }) {
  const { t } = useTranslation('suggestions');
  return <Chip size="small" variant="outlined" color={COLORS[state]} label={t(`states.${state}`)} data-testid="suggestion-state" />;
}
