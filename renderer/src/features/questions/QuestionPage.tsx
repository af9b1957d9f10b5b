// One difficult question record (/questions/:id): the call, the department's answer, the reply to the customer and
// the article from the answer, with the steps the record's state and the user's roles allow.
import LibraryAddOutlined from '@mui/icons-material/LibraryAddOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { ArticleLink, DifficultQuestion } from '../../../../shared/api/questions';
import { availableQuestionActionsOn, type QuestionAction } from '../../../../shared/questions/workflow';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ApiCallError, call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useApiQuery } from '../../lib/queries';
import { KnowledgePicker } from '../knowledge';
import { departmentNameOf } from '../departments';
import { TextStepDialog } from '../../components/TextStepDialog';
import { LabelledValue } from '../../components/LabelledValue';
import { AnswerFact, CallerFields, DueFact, FactsRow, RecordColumns, RecordHeading, RecordSection, StepCaption, useByline } from '../records';
import { useDeadlineFormat } from '../../components/Deadline';

function Details({ question }: { question: DifficultQuestion }) {
  const { t, i18n } = useTranslation('questions');
  const linkTitle = (link: ArticleLink) => (i18n.language === 'en' && link.titleEn ? link.titleEn : link.title);
  const by = useByline();
  const deadline = useDeadlineFormat();
  const department = departmentNameOf(question, i18n.language);
  return (
    <RecordColumns>
      <RecordSection title={t('sections.call')} testId="question-call">
        <LabelledValue label={t('fields.question')} testId="question-asked">
          {question.question}
        </LabelledValue>
        <FactsRow>
          <CallerFields record={question} />
        </FactsRow>
        {question.reasonTold && <LabelledValue label={t('fields.reasonTold')}>{question.reasonTold}</LabelledValue>}
        <FactsRow>
          <LabelledValue label={t('fields.replyPromisedAt')} testId="question-promised">
            {deadline(question.replyPromisedAt)}
          </LabelledValue>
          <LabelledValue label={t('fields.opened')}>{by(question.openedAt, question.openedByName)}</LabelledValue>
        </FactsRow>
      </RecordSection>
      <RecordSection title={t('sections.department')} testId="question-department-answer">
        <FactsRow>
          <LabelledValue label={t('fields.department')}>{department}</LabelledValue>
          <DueFact kind="question" record={question} />
        </FactsRow>
        <AnswerFact kind="question" record={question} />
      </RecordSection>
      <RecordSection title={t('sections.reply')} testId="question-reply">
        <LabelledValue label={t('fields.reply')}>{question.repliedAt !== null ? question.reply : t('notReplied')}</LabelledValue>
        {question.repliedAt !== null && (
          <StepCaption>{t('recordedBy', { by: by(question.repliedAt, question.repliedByName) })}</StepCaption>
        )}
      </RecordSection>
      <RecordSection title={t('sections.knowledge')} testId="question-knowledge">
        {question.article && (
          <LabelledValue label={t('fields.closedWith')} testId="question-article">
            <Link component={RouterLink} to={`/knowledge/${question.article.id}`}>
              {question.article.number} · {linkTitle(question.article)}
            </Link>{' '}
            {t('revision', { revision: question.article.revision })}
          </LabelledValue>
        )}
        {!question.article && question.linkedArticles.length > 0 && (
          <LabelledValue label={t('fields.linkedArticles')} testId="question-linked-articles">
            {question.linkedArticles.map((a) => (
              <Box key={a.id}>
                <Link component={RouterLink} to={`/knowledge/${a.id}`}>
                  {a.number} · {linkTitle(a)}
                </Link>
              </Box>
            ))}
          </LabelledValue>
        )}
        {question.noArticleReason && <LabelledValue label={t('fields.noArticleReason')}>{question.noArticleReason}</LabelledValue>}
        {question.state !== 'closed' && question.linkedArticles.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('articleNeeded')}
          </Typography>
        )}
        {question.closedAt !== null && (
          <StepCaption>{t('closedBy', { by: by(question.closedAt, question.closedByName) })}</StepCaption>
        )}
      </RecordSection>
    </RecordColumns>
  );
}

export function QuestionPage() {
  const { t } = useTranslation(['questions', 'common']);
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const me = useCurrentUser();
  const navigate = useNavigate();
  const notify = useNotify();
  const query = useApiQuery('questions.get', { id: valid ? id : 1 }, { enabled: valid });
  const [step, setStep] = useState<QuestionAction | 'pickArticle' | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(query.data?.number ?? null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such question' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const question = query.data;
  // The answer is the addressed department's (or a supervisor's): offered only to them, as the back end allows.
  const actions = availableQuestionActionsOn(question.state, me, question.departmentId);
  const mayWriteArticle = mayCall(api['knowledge.create'].access, me.roles) && question.answeredAt !== null && question.state !== 'closed';
  const done = (key: string) => notify(t(key, { number: question.number }));
  const versioned = { id: question.id, version: question.version };
  const close = async () => {
    setBusy(true);
    try {
      await call('questions.close', { id: question.id, version: question.version });
      done('notices.closed');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} data-testid="question-page">
      <RecordHeading kind="question" record={question}>
        {actions.includes('answer') && (
          <Button variant="contained" onClick={() => setStep('answer')} data-testid="question-action-answer">
            {t('actions.answer')}
          </Button>
        )}
        {actions.includes('reply') && (
          <Button variant="contained" onClick={() => setStep('reply')} data-testid="question-action-reply">
            {t('actions.reply')}
          </Button>
        )}
        {mayWriteArticle && (
          <>
            <Button variant={question.linkedArticles.length === 0 ? 'contained' : 'outlined'} startIcon={<LibraryAddOutlined />} onClick={() => void navigate(`/knowledge/new?fromQuestion=${question.id}`)} data-testid="question-create-article">
              {t('actions.createArticle')}
            </Button>
            <Button variant="outlined" startIcon={<EditNoteOutlined />} onClick={() => setStep('pickArticle')} data-testid="question-update-article">
              {t('actions.updateArticle')}
            </Button>
          </>
        )}
        {actions.includes('close') && (
          <Button variant="contained" color="success" disabled={busy || question.linkedArticles.length === 0} onClick={() => void close()} data-testid="question-action-close">
            {t('actions.close')}
          </Button>
        )}
        {actions.includes('closeWithoutArticle') && (
          <Button variant="outlined" color="warning" onClick={() => setStep('closeWithoutArticle')} data-testid="question-action-closeWithoutArticle">
            {t('actions.closeWithoutArticle')}
          </Button>
        )}
      </RecordHeading>
      {question.overdue && <Alert severity="error">{t('overdueNotice')}</Alert>}
      <Details question={question} />

      {step === 'answer' && (
        <TextStepDialog
          title={t('steps.answer.title', { number: question.number })}
          label={t('fields.answer')}
          helperText={t('steps.answer.help')}
          testId="answer-dialog"
          onClose={() => setStep(null)}
          method="questions.answer"
          textField="answer"
          input={(answer) => ({ ...versioned, answer })}
          onSaved={() => done('notices.answered')}
        >
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {question.question}
          </Typography>
        </TextStepDialog>
      )}
      {step === 'reply' && (
        <TextStepDialog
          title={t('steps.reply.title', { number: question.number })}
          label={t('fields.reply')}
          helperText={t('steps.reply.help')}
          initial={question.answer}
          testId="reply-dialog"
          onClose={() => setStep(null)}
          method="questions.reply"
          textField="reply"
          input={(reply) => ({ ...versioned, reply })}
          onSaved={() => done('notices.replied')}
        />
      )}
      {step === 'closeWithoutArticle' && (
        <TextStepDialog
          title={t('steps.closeWithoutArticle.title', { number: question.number })}
          label={t('fields.noArticleReason')}
          testId="close-without-article-dialog"
          onClose={() => setStep(null)}
          method="questions.closeWithoutArticle"
          textField="reason"
          input={(reason) => ({ ...versioned, reason })}
          onSaved={() => done('notices.closed')}
        />
      )}
      {step === 'pickArticle' && (
        <Dialog open onClose={() => setStep(null)} maxWidth="lg" fullWidth>
          <DialogTitle>{t('steps.pickArticle.title')}</DialogTitle>
          <DialogContent dividers>
            <KnowledgePicker
              initialQuery={question.question}
              includeDrafts
              pickLabel={t('steps.pickArticle.use')}
              onPick={(article) => void navigate(`/knowledge/${article.id}/edit?fromQuestion=${question.id}`)}
            />
          </DialogContent>
        </Dialog>
      )}
    </Stack>
  );
}
