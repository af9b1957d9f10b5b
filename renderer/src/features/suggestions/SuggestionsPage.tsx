// 客户建议记录单: the suggestions, newest first (or the late ones, oldest due first), by state and department.
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import Typography from '@mui/material/Typography';
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
        { header: t('fields.content'), minWidth: 180, cell: (row) => <TwoLines>{row.content}</TwoLines> },
        common.caller,
        common.department,
        {
          header: t('fields.recordedVia'),
          nowrap: true,
          cell: (row) => (
            <>
              {format.dateTime(row.recordedAt)}
              <Typography variant="caption" color="text.secondary" component="div">
                {t(`requests:channels.${row.channel}`)}
              </Typography>
            </>
          ),
        },
        common.dueAt,
        common.state,
      ]}
      createIcon={<RateReviewOutlined />}
      createDialog={(close, opened) => <SuggestionDialog onClose={close} onCreated={opened} />}
    />
  );
}
