// One difficult question record (/questions/:id): the call, the department's answer, the reply to the customer and
// the article from the answer, with the steps the record's state and the user's roles allow.
import LibraryAddOutlined from '@mui/icons-material/LibraryAddOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { api, mayCall } from '../../../../shared/api';
import type { ArticleLink, DifficultQuestion } from '../../../../shared/api/questions';
import { availableQuestionActions, type QuestionAction } from '../../../../shared/questions/workflow';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ApiCallError, call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { KnowledgePicker } from '../knowledge';
import { departmentNameOf } from '../departments';
import { QuestionStateChip } from './QuestionStateChip';
import { TextStepDialog } from '../../components/TextStepDialog';
import { LabelledValue } from '../../components/LabelledValue';
import { CallerFields } from '../records';
import { DueText, useDeadlineFormat } from '../../components/Deadline';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      <Stack spacing={1.25}>{children}</Stack>
    </Paper>
  );
}

function byline(format: ReturnType<typeof useFormat>, at: number | null, name: string | null): string {
  return [format.dateTime(at), name ?? ''].filter(Boolean).join(' · ');
}

function Details({ question }: { question: DifficultQuestion }) {
  const { t, i18n } = useTranslation('questions');
  const linkTitle = (link: ArticleLink) => (i18n.language === 'en' && link.titleEn ? link.titleEn : link.title);
  const format = useFormat();
  const deadline = useDeadlineFormat();
  const department = departmentNameOf(question, i18n.language);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
      <Section title={t('sections.call')} testId="question-call">
        <LabelledValue label={t('fields.question')} testId="question-asked">
          {question.question}
        </LabelledValue>
        <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <CallerFields record={question} />
        </Stack>
        {question.reasonTold && <LabelledValue label={t('fields.reasonTold')}>{question.reasonTold}</LabelledValue>}
        <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <LabelledValue label={t('fields.replyPromisedAt')} testId="question-promised">
            {deadline(question.replyPromisedAt)}
          </LabelledValue>
          <LabelledValue label={t('fields.opened')}>{byline(format, question.openedAt, question.openedByName)}</LabelledValue>
        </Stack>
      </Section>
      <Section title={t('sections.department')} testId="question-department-answer">
        <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <LabelledValue label={t('fields.department')}>{department}</LabelledValue>
          <LabelledValue label={t('fields.dueAt')}>
            <DueText dueAt={question.dueAt} overdue={question.overdue} testId="question-due" />
          </LabelledValue>
        </Stack>
        <LabelledValue label={t('fields.answer')} testId="question-answer">
          {question.answeredAt !== null ? question.answer : t('awaitingAnswer')}
        </LabelledValue>
        {question.answeredAt !== null && (
          <Typography variant="caption" color="text.secondary">
            {t('recordedBy', { by: byline(format, question.answeredAt, question.answeredByName) })}
            {question.answeredAt > question.dueAt && (
              <Chip size="small" color="warning" variant="outlined" label={t('answeredLate')} sx={{ ml: 1 }} />
            )}
          </Typography>
        )}
      </Section>
      <Section title={t('sections.reply')} testId="question-reply">
        <LabelledValue label={t('fields.reply')}>{question.repliedAt !== null ? question.reply : t('notReplied')}</LabelledValue>
        {question.repliedAt !== null && (
          <Typography variant="caption" color="text.secondary">
            {t('recordedBy', { by: byline(format, question.repliedAt, question.repliedByName) })}
          </Typography>
        )}
      </Section>
      <Section title={t('sections.knowledge')} testId="question-knowledge">
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
          <Typography variant="caption" color="text.secondary">
            {t('closedBy', { by: byline(format, question.closedAt, question.closedByName) })}
          </Typography>
        )}
      </Section>
    </Box>
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
  const actions = availableQuestionActions(question.state, me.roles);
  const mayWriteArticle = mayCall(api['knowledge.create'].access, me.roles) && question.answeredAt !== null && question.state !== 'closed';
  const done = async (key: string) => {
    notify(t(key, { number: question.number }));
  };
  const close = async () => {
    setBusy(true);
    try {
      await call('questions.close', { id: question.id, version: question.version });
      await done('notices.closed');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} data-testid="question-page">
      <BackLink to="/questions">{t('back')}</BackLink>
      <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" component="h1" data-testid="page-title">
          {t('recordTitle', { number: question.number })}
        </Typography>
        <QuestionStateChip state={question.state} />
        {question.overdue && <Chip size="small" color="error" label={t('common:deadline.overdue')} />}
        <Box sx={{ flex: 1 }} />
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
      </Stack>
      {question.overdue && <Alert severity="error">{t('overdueNotice')}</Alert>}
      <Details question={question} />

      {step === 'answer' && (
        <TextStepDialog
          title={t('steps.answer.title', { number: question.number })}
          label={t('fields.answer')}
          helperText={t('steps.answer.help')}
          testId="answer-dialog"
          onClose={() => setStep(null)}
          onSubmit={async (answer) => {
            await call('questions.answer', { id: question.id, version: question.version, answer });
            await done('notices.answered');
          }}
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
          onSubmit={async (reply) => {
            await call('questions.reply', { id: question.id, version: question.version, reply });
            await done('notices.replied');
          }}
        />
      )}
      {step === 'closeWithoutArticle' && (
        <TextStepDialog
          title={t('steps.closeWithoutArticle.title', { number: question.number })}
          label={t('fields.noArticleReason')}
          testId="close-without-article-dialog"
          onClose={() => setStep(null)}
          onSubmit={async (reason) => {
            await call('questions.closeWithoutArticle', { id: question.id, version: question.version, reason });
            await done('notices.closed');
          }}
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
