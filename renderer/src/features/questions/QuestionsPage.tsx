// 疑难问题记录表: the records, newest first (or the late ones, oldest due first), by state and department; late
// records highlighted. An agent opens a new one here or from the call form.
import AddCommentOutlined from '@mui/icons-material/AddCommentOutlined';
import { QUESTION_STATES } from '../../../../shared/questions/workflow';
import { RoutedRecordsPage, type RecordList } from '../records';
import { QuestionDialog } from './QuestionDialog';

const QUESTIONS: RecordList<'question'> = {
  kind: 'question',
  states: QUESTION_STATES,
  textKey: 'question',
  text: (row) => row.question,
  receivedKey: 'openedAt',
  received: (row) => ({ at: row.openedAt }),
  Icon: AddCommentOutlined,
  Dialog: QuestionDialog,
};

export const QuestionsPage = () => <RoutedRecordsPage list={QUESTIONS} />;
