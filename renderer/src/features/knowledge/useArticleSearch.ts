// The knowledge base's search while the agent types: debounced, answered by knowledge.search, in the interface language.
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../../../../shared/i18n/resources';
import { useApiQuery } from '../../lib/queries';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../../lib/useDebounced';

export function useArticleSearch(query: string, options: { includeDrafts?: boolean; limit?: number } = {}) {
  const { i18n } = useTranslation();
  const settled = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const language = isUiLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const result = useApiQuery(
    'knowledge.search',
    { query: settled, limit: options.limit ?? 20, includeDrafts: options.includeDrafts ?? false, language },
    { enabled: settled !== '', placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const active = query.trim() !== '';
  return {
    answered: settled,
    items: active && settled !== '' ? (result.data?.items ?? []) : [],
    searching: active && (settled !== query.trim() || result.isFetching),
    error: result.isError ? result.error : null,
  };
}
