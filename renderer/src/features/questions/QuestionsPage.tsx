// 疑难问题记录表: the records, newest first (or the late ones, oldest due first), by state and department; late
// records highlighted. An agent opens a new one here or from the call form.
import AddCommentOutlined from '@mui/icons-material/AddCommentOutlined';
import { useTranslation } from 'react-i18next';
import { QUESTION_STATES } from '../../../../shared/questions/workflow';
import { TwoLines } from '../../components/RecordTable';
import { useFormat } from '../../lib/format';
import { RoutedRecordsPage } from '../records';
import { QuestionDialog } from './QuestionDialog';

export function QuestionsPage() {
  const { t } = useTranslation('questions');
  const format = useFormat();
  return (
    <RoutedRecordsPage
      kind="question"
      states={QUESTION_STATES}
      columns={(common) => [
        { header: t('fields.question'), minWidth: 180, cell: (row) => <TwoLines>{row.question}</TwoLines> },
        common.caller,
        common.department,
        { header: t('fields.openedAt'), nowrap: true, cell: (row) => format.dateTime(row.openedAt) },
        common.dueAt,
        common.state,
      ]}
      createIcon={<AddCommentOutlined />}
      createDialog={(close, opened) => <QuestionDialog onClose={close} onCreated={opened} />}
    />
  );
}
