// 客户建议记录单: the suggestions, newest first (or the late ones, oldest due first), by state and department.
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import { useTranslation } from 'react-i18next';
import { SUGGESTION_STATES } from '../../../../shared/suggestions/workflow';
import { TwoLines } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { RoutedRecordsPage } from '../records';
import { SuggestionDialog } from './SuggestionDialog';

export function SuggestionsPage() {
  const { t } = useTranslation(['suggestions', 'requests']);
  const format = useFormat();
  return (
    <RoutedRecordsPage
      kind="suggestion"
      states={SUGGESTION_STATES}
      columns={(common) => [
        { header: t('fields.content'), minWidth: 280, cell: (row) => <TwoLines>{row.content}</TwoLines> },
        common.caller,
        { header: t('fields.channel'), width: 110, cell: (row) => t(`requests:channels.${row.channel}`) },
        common.department,
        { header: t('fields.recordedAt'), width: 150, nowrap: true, cell: (row) => format.dateTime(row.recordedAt) },
        common.dueAt,
        common.state,
      ]}
      createIcon={<RateReviewOutlined />}
      createDialog={(close, opened) => <SuggestionDialog onClose={close} onCreated={opened} />}
    />
  );
}
