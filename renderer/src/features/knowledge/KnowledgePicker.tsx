// The knowledge base inside another form (the call form answering a consultation, a difficult question choosing the
// article to update): a search box that starts from the words given, the results, and the active article's text;
// "use this article" (or Enter) hands the article over. Published articles only unless drafts are asked for.
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/api/knowledge';
import { isUiLanguage } from '../../../../shared/i18n/resources';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/queries';
import { ArticleContentView } from './ArticleContentView';
import { ArticleList } from './ArticleList';
import { ArticleSearchField } from './ArticleSearchField';
import { articleTitle } from './ArticleView';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../../lib/useDebounced';

export function KnowledgePicker({
  initialQuery = '',
  onPick,
  includeDrafts = false,
  pickLabel,
  testId = 'knowledge-picker',
  autoFocus = true,
}: {
  /** The words to start from, e.g. the request's subject: matched by any of its words until the agent types. */
  initialQuery?: string;
  onPick: (article: Article) => void;
  includeDrafts?: boolean;
  pickLabel?: string;
  testId?: string;
  /** Whether the search box takes the focus when shown (inside a form the caller may want to keep it). */
  autoFocus?: boolean;
}) {
  const { t, i18n } = useTranslation('knowledge');
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState<number | null>(null);
  const settled = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const language = isUiLanguage(i18n.language) ? i18n.language : 'zh-CN';
  // The words handed over are a sentence: rank by how many of them an article shares. What the agent types must all match.
  const match = settled === initialQuery.trim() ? 'any' : 'all';
  const search = useApiQuery(
    'knowledge.search',
    { query: settled, limit: 10, includeDrafts, language, match },
    { enabled: settled !== '', placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const items = query.trim() !== '' && settled !== '' ? (search.data?.items ?? []) : [];
  const searching = query.trim() !== '' && (settled !== query.trim() || search.isFetching);
  const activeId = selected !== null && items.some((item) => item.id === selected) ? selected : (items[0]?.id ?? null);
  const article = useApiQuery('knowledge.get', { id: activeId ?? 1 }, { enabled: activeId !== null });

  const pick = async (id: number) => {
    const chosen = article.data?.id === id ? article.data : await call('knowledge.get', { id });
    onPick(chosen);
  };

  return (
    <Stack spacing={1.5} data-testid={testId}>
      <ArticleSearchField
        value={query}
        onChange={(value) => {
          setQuery(value);
          setSelected(null);
        }}
        items={items}
        activeId={activeId}
        onActivate={setSelected}
        onOpen={(id) => void pick(id)}
        searching={searching}
        autoFocus={autoFocus}
        testId={`${testId}-search`}
      />
      {search.isError && <QueryError error={search.error} />}
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'minmax(240px, 2fr) minmax(0, 3fr)' }, alignItems: 'start' }}>
        <Paper variant="outlined" sx={{ maxHeight: 380, overflowY: 'auto' }}>
          {items.length > 0 ? (
            <ArticleList items={items} query={settled} activeId={activeId} onSelect={(item) => setSelected(item.id)} />
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid={`${testId}-empty`}>
              {query.trim() === '' ? t('picker.typeToSearch') : searching ? t('common:status.loading') : t('noResults', { query: query.trim() })}
            </Typography>
          )}
        </Paper>
        <Paper variant="outlined" sx={{ p: 2, maxHeight: 380, overflowY: 'auto' }} data-testid={`${testId}-preview`}>
          {activeId === null ? (
            <Typography variant="body2" color="text.secondary">
              {t('pickOne')}
            </Typography>
          ) : article.isPending ? (
            <LoadingBlock />
          ) : article.isError ? (
            <QueryError error={article.error} />
          ) : (
            <Stack spacing={1.5}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
                  {articleTitle(article.data.publishedContent ?? article.data, i18n.language)}
                </Typography>
                <Button variant="contained" size="small" startIcon={<CheckOutlined />} onClick={() => void pick(article.data.id)} data-testid={`${testId}-use`}>
                  {pickLabel ?? t('picker.use')}
                </Button>
              </Stack>
              {/* What agents read out is the published text. */}
              <ArticleContentView content={article.data.publishedContent ?? article.data} showTitles={false} />
            </Stack>
          )}
        </Paper>
      </Box>
    </Stack>
  );
}
