// How badly a deadline was missed (the breach class), as a chip: minor in amber, major in red.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { BreachClass } from '../../../shared/api/requests';

export function BreachChip({ breach }: { breach: BreachClass | null }) {
  const { t } = useTranslation('requests');
  if (breach === null) return null;
  return <Chip size="small" color={breach === 'major' ? 'error' : 'warning'} label={t(`breach.${breach}`)} data-testid={`breach-${breach}`} />;
}
