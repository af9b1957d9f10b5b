// A request's state, kind and priority, and a breach class, as small coloured chips in the user's words.
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Priority, RequestKind } from '../../../../shared/api/requests';
import type { RequestState } from '../../../../shared/requests/lifecycle';

type Color = ChipProps['color'];

const STATE_COLOR: Record<RequestState, Color> = {
  accepted: 'info',
  analysing: 'info',
  planned: 'primary',
  in_progress: 'primary',
  awaiting_confirmation: 'warning',
  closed: 'success',
  on_hold: 'default',
  cancelled: 'default',
};

const PRIORITY_COLOR: Record<Priority, Color> = { urgent: 'error', important: 'warning', general: 'default' };

export function StateChip({ state, size = 'small' }: { state: RequestState; size?: ChipProps['size'] }) {
  const { t } = useTranslation('requests');
  const finished = state === 'closed' || state === 'cancelled';
  return (
    <Chip size={size} color={STATE_COLOR[state]} variant={finished ? 'filled' : 'outlined'} label={t(`states.${state}`)} data-testid={`state-${state}`} />
  );
}

export function KindChip({ kind }: { kind: RequestKind }) {
  const { t } = useTranslation('requests');
  return <Chip size="small" variant="outlined" label={t(`kinds.${kind}`)} data-testid={`kind-${kind}`} />;
}

export function PriorityChip({ priority }: { priority: Priority }) {
  const { t } = useTranslation('requests');
  return (
    <Chip
      size="small"
      color={PRIORITY_COLOR[priority]}
      variant={priority === 'general' ? 'outlined' : 'filled'}
      label={t(`priorities.${priority}`)}
      data-testid={`priority-${priority}`}
    />
  );
}

