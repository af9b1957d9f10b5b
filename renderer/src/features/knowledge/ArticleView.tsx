// An article as the knowledge-base screen shows it: title, state, text in both languages, who wrote and published
// it, where it came from, and (on its own page) its history and the calls it answered.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Article } from '../../../../shared/api/knowledge';
import { useFormat } from '../../lib/format';
import { ArticleContentView } from './ArticleContentView';
import { StateChip } from './ArticleList';

export function articleTitle(article: Pick<Article, 'zh' | 'en'>, language: string): string {
  const preferred = language === 'en' ? article.en : article.zh;
  return (preferred ?? article.en ?? article.zh)?.title ?? '';
}

export function ArticleView({ article, actions, titleVariant = 'h1' }: { article: Article; actions?: ReactNode; titleVariant?: 'h1' | 'h6' }) {
  const { t, i18n } = useTranslation('knowledge');
  const format = useFormat();
  return (
    <Stack spacing={2} data-testid="article-view">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography variant={titleVariant} component={titleVariant === 'h1' ? 'h1' : 'h2'} data-testid={titleVariant === 'h1' ? 'page-title' : 'article-title'}>
              {articleTitle(article, i18n.language)}
            </Typography>
            <Chip size="small" label={article.number} sx={{ fontFamily: 'monospace' }} data-testid="article-number" />
            <StateChip state={article.state} pending={article.publishedContent !== null} />
          </Stack>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
            {t('meta.revision', { revision: article.revision })}
            {' · '}
            {t('meta.updated', { at: format.dateTime(article.updatedAt), name: article.updatedByName ?? '' })}
            {article.publishedAt !== null && (
              <>
                {' · '}
                {t('meta.published', { at: format.dateTime(article.publishedAt), name: article.publishedByName ?? '', revision: article.publishedRevision })}
              </>
            )}
            {article.useCount > 0 && ` · ${t('usedTimes', { count: article.useCount })}`}
          </Typography>
          {article.sourceQuestions.length > 0 && (
            <Typography variant="caption" color="text.secondary" component="div">
              {t('meta.fromQuestions')}{' '}
              {article.sourceQuestions.map((q, index) => (
                <span key={q.id}>
                  {index > 0 && t('common:listSeparator')}
                  <Link component={RouterLink} to={`/questions/${q.id}`}>
                    {q.number}
                  </Link>
                </span>
              ))}
            </Typography>
          )}
        </Box>
        {actions && (
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {actions}
          </Stack>
        )}
      </Stack>
      {article.publishedContent !== null && (
        <Alert severity="warning" data-testid="article-pending">
          {t('pendingNotice', { revision: article.revision, published: article.publishedRevision })}
        </Alert>
      )}
      <ArticleContentView content={article} />
    </Stack>
  );
}
