// Articles as a list to pick from: title, number, state, the passage found and the tags; the active one highlighted.
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/api/knowledge';
import { highlightParts } from './highlight';

function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

export function StateChip({ state, pending = false }: { state: ArticleSummary['state']; pending?: boolean }) {
  const { t } = useTranslation('knowledge');
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip size="small" color={state === 'published' ? 'success' : 'default'} variant="outlined" label={t(`states.${state}`)} data-testid="article-state" />
      {pending && <Chip size="small" color="warning" variant="outlined" label={t('pendingChanges')} />}
    </Stack>
  );
}

export function ArticleList({
  items,
  query,
  activeId,
  onSelect,
  listId,
}: {
  items: ArticleSummary[];
  query: string;
  activeId: number | null;
  onSelect: (item: ArticleSummary) => void;
  listId?: string;
}) {
  const { t } = useTranslation('knowledge');
  return (
    <List dense disablePadding id={listId} role="listbox" aria-label={t('listLabel')} data-testid="article-results">
      {items.map((item) => (
        <ListItemButton
          key={item.id}
          id={listId ? `${listId}-${item.id}` : undefined}
          role="option"
          aria-selected={item.id === activeId}
          selected={item.id === activeId}
          onClick={() => onSelect(item)}
          sx={{ display: 'block', borderBottom: 1, borderColor: 'divider', py: 1 }}
          data-testid={`article-result-${item.number}`}
        >
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
              <Highlighted text={item.title} query={query} />
            </Typography>
            {item.state !== 'published' && <StateChip state={item.state} />}
          </Stack>
          {item.snippet && (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.25 }}>
              <Highlighted text={item.snippet} query={query} />
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.25 }}>
            {[item.number, ...item.productTags, ...item.categoryTags].join(' · ')}
            {item.useCount > 0 && ` · ${t('usedTimes', { count: item.useCount })}`}
          </Typography>
        </ListItemButton>
      ))}
    </List>
  );
}
