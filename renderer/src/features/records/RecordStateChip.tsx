// A routed record's state as a chip: waiting on someone in amber, in hand in blue, answered in the primary colour,
// closed in grey.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { QuestionState } from '../../../../shared/questions/workflow';
import type { SuggestionState } from '../../../../shared/suggestions/workflow';

type Color = 'warning' | 'info' | 'primary' | 'default';

const STATE_COLORS = {
  question: { open: 'warning', answered: 'info', replied: 'primary', closed: 'default' } satisfies Record<QuestionState, Color>,
  suggestion: { recorded: 'warning', forwarded: 'info', answered: 'primary', closed: 'default' } satisfies Record<SuggestionState, Color>,
};

/** The kinds of routed record, each with its screens' namespace. */
export type RecordKind = keyof typeof STATE_COLORS;
export type RecordState<K extends RecordKind> = keyof (typeof STATE_COLORS)[K] & string;

export const NAMESPACE: Record<RecordKind, 'questions' | 'suggestions'> = { question: 'questions', suggestion: 'suggestions' };

export function RecordStateChip<K extends RecordKind>({ kind, state }: { kind: K; state: RecordState<K> }) {
  const { t } = useTranslation(NAMESPACE[kind]);
  const color = (STATE_COLORS[kind] as Record<string, Color>)[state];
  return <Chip size="small" variant="outlined" color={color} label={t(`states.${state}`)} data-testid={`${kind}-state`} />;
}
