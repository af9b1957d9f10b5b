// Pieces every work-order screen shows: the state as a chip, the kind, the late mark.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { WorkOrderKind } from '../../../../shared/api/workOrders';
import type { WorkOrderState } from '../../../../shared/work-orders/workflow';

type Color = 'default' | 'warning' | 'info' | 'success' | 'error' | 'primary';

/** Waiting for someone to go in amber, someone there in blue, done in green, a draft or cancelled in grey. */
const STATE_COLORS: Record<WorkOrderState, Color> = {
  draft: 'default',
  dispatched: 'warning',
  on_site: 'info',
  completed: 'primary',
  signed_off: 'success',
  cancelled: 'default',
};

export function WorkOrderStateChip({ state, testId = 'work-order-state', size = 'small' }: { state: WorkOrderState; testId?: string; size?: 'small' | 'medium' }) {
  const { t } = useTranslation('workOrders');
  return <Chip size={size} variant="outlined" color={STATE_COLORS[state]} label={t(`states.${state}`)} data-testid={testId} data-state={state} />;
}

export function KindChip({ kind }: { kind: WorkOrderKind }) {
  const { t } = useTranslation('workOrders');
  return <Chip size="small" variant={kind === 'inspection' ? 'filled' : 'outlined'} color={kind === 'inspection' ? 'secondary' : 'default'} label={t(`kinds.${kind}`)} />;
}

export function LateChip({ testId }: { testId?: string }) {
  const { t } = useTranslation('workOrders');
  return <Chip size="small" color="error" label={t('late')} data-testid={testId} />;
}
