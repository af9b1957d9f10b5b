// One article on its own page (/knowledge/:id): the text, edit / publish / withdraw for those allowed, its history
// and the calls it answered.
import EditOutlined from '@mui/icons-material/EditOutlined';
import PublishOutlined from '@mui/icons-material/PublishOutlined';
import UnpublishedOutlined from '@mui/icons-material/UnpublishedOutlined';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { api, mayCall } from '../../../../shared/api';
import type { Article } from '../../../../shared/api/knowledge';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { ApiCallError, call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { TextStepDialog } from '../../components/TextStepDialog';
import { ArticleHistory } from './ArticleHistory';
import { ArticleView, articleTitle } from './ArticleView';

function UsedBy({ articleId }: { articleId: number }) {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const uses = useApiQuery('knowledge.usedBy', { articleId, limit: 20 });
  if (!uses.data || uses.data.items.length === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('usedBy.title', { count: uses.data.total })}
      </Typography>
      {uses.data.items.map((use) => (
        <Typography key={`${use.requestId}-${use.at}`} variant="body2">
          <Link component={RouterLink} to={`/requests/${use.requestId}`}>
            {use.requestNumber}
          </Link>{' '}
          · {format.dateTime(use.at)} · {use.byName ?? ''}
        </Typography>
      ))}
    </Paper>
  );
}

export function ArticlePage() {
  const { t, i18n } = useTranslation(['knowledge', 'common']);
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const me = useCurrentUser();
  const navigate = useNavigate();
  const notify = useNotify();
  const query = useApiQuery('knowledge.get', { id: valid ? id : 1 }, { enabled: valid });
  const [withdrawing, setWithdrawing] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such article' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const article = query.data;
  const mayEdit = mayCall(api['knowledge.update'].access, me.roles);
  const mayPublish = mayCall(api['knowledge.publish'].access, me.roles);
  const publishable = article.publishedRevision !== article.revision;

  const publish = async (current: Article) => {
    setBusy(true);
    try {
      const saved = await call('knowledge.publish', { id: current.id, version: current.version });
      notify(t('notices.published', { title: articleTitle(saved, i18n.language) }));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} data-testid="article-page">
      <BackLink to="/knowledge">{t('back')}</BackLink>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <ArticleView
          article={article}
          actions={
            <>
              {mayEdit && (
                <Button variant="outlined" startIcon={<EditOutlined />} onClick={() => void navigate(`/knowledge/${article.id}/edit`)} data-testid="article-edit">
                  {t('common:actions.edit')}
                </Button>
              )}
              {mayPublish && publishable && (
                <Button variant="contained" startIcon={<PublishOutlined />} disabled={busy} onClick={() => void publish(article)} data-testid="article-publish">
                  {t('actions.publish')}
                </Button>
              )}
              {mayPublish && article.state === 'published' && (
                <Button variant="outlined" color="warning" startIcon={<UnpublishedOutlined />} onClick={() => setWithdrawing(true)} data-testid="article-unpublish">
                  {t('actions.unpublish')}
                </Button>
              )}
            </>
          }
        />
      </Paper>
      <UsedBy articleId={article.id} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('history.title')}
        </Typography>
        <ArticleHistory articleId={article.id} />
      </Paper>
      {withdrawing && (
        <TextStepDialog
          title={t('unpublish.title')}
          label={t('unpublish.reason')}
          required={false}
          testId="unpublish-dialog"
          onClose={() => setWithdrawing(false)}
          method="knowledge.unpublish"
          textField="reason"
          input={(reason) => ({ id: article.id, version: article.version, ...(reason && { reason }) })}
          onSaved={() => notify(t('notices.unpublished'))}
        />
      )}
    </Stack>
  );
}
