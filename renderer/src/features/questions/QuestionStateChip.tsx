import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { QuestionState } from '../../../../shared/questions/workflow';

const COLORS: Record<QuestionState, 'warning' | 'info' | 'primary' | 'default'> = {
  open: 'warning',
  answered: 'info',
  replied: 'primary',
  closed: 'default',
};

export function QuestionStateChip({ state }: { state: QuestionState }) {
  const { t } = useTranslation('questions');
  return <Chip size="small" variant="outlined" color={COLORS[state]} label={t(`states.${state}`)} data-testid="question-state" />;
}
