// 知识库: one search box answering while the agent types (published articles, drafts too when asked), the articles
// most recently changed when nothing is typed, and the selected article beside the list.
import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { ArticleState } from '../../../../shared/api/knowledge';
import { isUiLanguage } from '../../../../shared/i18n/resources';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useApiPages, useApiQuery } from '../../lib/queries';
import { ArticleList } from './ArticleList';
import { ArticleView } from './ArticleView';
import { ArticleSearchField } from './ArticleSearchField';
import { useArticleSearch } from './useArticleSearch';

type StateFilter = ArticleState | 'all';

function Preview({ id }: { id: number }) {
  const { t } = useTranslation('knowledge');
  const navigate = useNavigate();
  const article = useApiQuery('knowledge.get', { id });
  if (article.isPending) return <LoadingBlock />;
  if (article.isError) return <QueryError error={article.error} />;
  return (
    <ArticleView
      article={article.data}
      titleVariant="h6"
      actions={
        <Button size="small" startIcon={<OpenInNewOutlined />} onClick={() => void navigate(`/knowledge/${id}`)} data-testid="article-open">
          {t('open')}
        </Button>
      }
    />
  );
}

export function KnowledgePage() {
  const { t, i18n } = useTranslation(['knowledge', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  const [selected, setSelected] = useState<number | null>(null);
  const mayWrite = mayCall(api['knowledge.create'].access, me.roles);
  const language = isUiLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const search = useArticleSearch(query, { includeDrafts });
  const searching = query.trim() !== '';
  const listInput = { limit: 50, language, ...(stateFilter !== 'all' && { state: stateFilter }) };
  const { list, rows: recent } = useApiPages('knowledge.list', listInput, { enabled: !searching });
  const items = searching ? search.items : recent;
  const shownId = selected !== null && items.some((item) => item.id === selected) ? selected : (items[0]?.id ?? null);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayWrite && (
            <Button variant="contained" startIcon={<NoteAddOutlined />} onClick={() => void navigate('/knowledge/new')} data-testid="article-create">
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Box sx={{ flex: 1, minWidth: 320 }}>
            <ArticleSearchField
              value={query}
              onChange={(value) => {
                setQuery(value);
                setSelected(null);
              }}
              items={items}
              activeId={shownId}
              onActivate={(id) => setSelected(id)}
              onOpen={(id) => void navigate(`/knowledge/${id}`)}
              searching={search.searching}
              autoFocus
              testId="knowledge-search"
            />
          </Box>
          {searching ? (
            <FormControlLabel
              control={<Checkbox checked={includeDrafts} onChange={(event) => setIncludeDrafts(event.target.checked)} data-testid="knowledge-include-drafts" />}
              label={t('includeDrafts')}
            />
          ) : (
            <ToggleButtonGroup
              size="small"
              exclusive
              value={stateFilter}
              onChange={(_, value: StateFilter | null) => value && setStateFilter(value)}
              data-testid="knowledge-state-filter"
            >
              {(['all', 'published', 'draft'] as const).map((value) => (
                <ToggleButton key={value} value={value} data-testid={`knowledge-state-${value}`}>
                  {t(`filters.${value}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          )}
        </Stack>
        {searching && search.error !== null && <QueryError error={search.error} />}
        {!searching && list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(280px, 2fr) minmax(0, 3fr)' }, alignItems: 'start' }}>
          <Paper variant="outlined" sx={{ maxHeight: 'calc(100vh - 260px)', overflowY: 'auto' }}>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ px: 2, pt: 1 }} data-testid="knowledge-list-caption">
              {searching ? t('results', { count: items.length, query: search.answered }) : t('recent')}
            </Typography>
            {!searching && list.isPending && <LoadingBlock />}
            {items.length > 0 && <ArticleList items={items} query={searching ? search.answered : ''} activeId={shownId} onSelect={(item) => setSelected(item.id)} />}
            {items.length === 0 && !(searching ? search.searching : list.isPending) && (
              <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid="knowledge-empty">
                {searching ? t('noResults', { query: query.trim() }) : t('empty')}
              </Typography>
            )}
            {!searching && list.hasNextPage && (
              <Button size="small" sx={{ m: 1 }} onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {t('common:actions.loadMore')}
              </Button>
            )}
          </Paper>
          <Paper variant="outlined" sx={{ p: 2.5, minHeight: 200 }} data-testid="knowledge-preview">
            {shownId !== null ? (
              <Preview id={shownId} />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {t('pickOne')}
              </Typography>
            )}
          </Paper>
        </Box>
      </Stack>
    </>
  );
}
