// 客户建议记录单: the suggestions, newest first (or the late ones, oldest due first), by state and department; how
// each came in shown under when.
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import { SUGGESTION_STATES } from '../../../../shared/suggestions/workflow';
import { RoutedRecordsPage, type RecordList } from '../records';
import { SuggestionDialog } from './SuggestionDialog';

const SUGGESTIONS: RecordList<'suggestion'> = {
  kind: 'suggestion',
  states: SUGGESTION_STATES,
  textKey: 'content',
  text: (row) => row.content,
  receivedKey: 'recordedVia',
  received: (row) => ({ at: row.recordedAt, via: row.channel }),
  Icon: RateReviewOutlined,
  Dialog: SuggestionDialog,
};

export const SuggestionsPage = () => <RoutedRecordsPage list={SUGGESTIONS} />;
