// Pieces every scrap record screen shows: the state as a chip, where the record came from as a link.
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ScrapSummary } from '../../../../shared/api/scrap';
import type { ScrapState } from '../../../../shared/scrap/workflow';

type Color = 'default' | 'warning' | 'info' | 'success' | 'error' | 'primary';

/** Waiting on the group or a manager in amber and blue, approved and done in green, refused in red. */
const STATE_COLORS: Record<ScrapState, Color> = {
  draft: 'default',
  appraising: 'info',
  awaiting_approval: 'warning',
  approved: 'primary',
  disposed: 'success',
  rejected: 'error',
};

export function ScrapStateChip({ state, testId = 'scrap-state' }: { state: ScrapState; testId?: string }) {
  const { t } = useTranslation('scrap');
  return <Chip size="small" variant="outlined" color={STATE_COLORS[state]} label={t(`states.${state}`)} data-testid={testId} data-state={state} />;
}

/** The notice or work order a record came from, as a link to it. */
export function SourceLink({ source, testId }: { source: NonNullable<ScrapSummary['source']>; testId?: string }) {
  const { t } = useTranslation('scrap');
  const to = source.kind === 'replacement_notice' ? `/replacements/${source.id}` : `/work-orders/${source.id}`;
  return (
    <Link component={RouterLink} to={to} underline="hover" data-testid={testId}>
      {t(`sources.${source.kind}`, { number: source.number })}
    </Link>
  );
}
