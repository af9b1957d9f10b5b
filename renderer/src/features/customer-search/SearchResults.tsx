// One search's results: code, name, primary contact and phone, region, equipment count and what matched, marked.
import PersonOutlineOutlined from '@mui/icons-material/PersonOutlineOutlined';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary, MatchKind } from '../../../../shared/api';
import { phoneText } from '../../lib/phone';
import { markMatch } from './highlight';

export function Highlighted({ text, query, kind, testId }: { text: string; query: string; kind?: MatchKind; testId?: string }) {
  const marked = markMatch(text, query, kind);
  if (!marked) return <span data-testid={testId}>{text}</span>;
  return (
    <span data-testid={testId}>
      {marked.before}
      <Box component="mark" sx={{ bgcolor: 'rgba(255, 196, 0, 0.45)', color: 'inherit', borderRadius: '2px', px: '1px' }}>
        {marked.match}
      </Box>
      {marked.after}
    </span>
  );
}

function MatchedBy({ item, query }: { item: CustomerSummary; query: string }) {
  const { t } = useTranslation('customers');
  if (!item.matchedBy) return null;
  const showText = item.matchedBy !== 'name' && item.matchedBy !== 'code' && item.matchedText;
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', minWidth: 0 }} data-testid="search-matched">
      <Chip size="small" variant="outlined" color="primary" label={t(`search.matchedBy.${item.matchedBy}`)} sx={{ height: 20 }} />
      {showText && (
        <Typography variant="caption" color="text.secondary" noWrap>
          <Highlighted text={item.matchedBy === 'phone' ? phoneText(t, item.matchedText ?? '', item.matchedExtension) : (item.matchedText ?? '')} query={query} kind={item.matchedBy} />
        </Typography>
      )}
    </Stack>
  );
}

export function SearchResultRow({ item, query }: { item: CustomerSummary; query: string }) {
  const { t } = useTranslation('customers');
  const Icon = item.kind === 'individual' ? PersonOutlineOutlined : BusinessOutlined;
  const nameKind = item.matchedBy === 'name' ? 'name' : undefined;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', width: '100%', minWidth: 0 }}>
      <Icon fontSize="small" color="action" sx={{ mt: 0.25 }} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap data-testid="search-result-name">
            {nameKind ? <Highlighted text={item.name} query={query} kind="name" /> : item.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace', flexShrink: 0 }}>
            {item.matchedBy === 'code' ? <Highlighted text={item.code} query={query} kind="code" /> : item.code}
          </Typography>
          {!item.active && <Chip size="small" label={t('status.inactive')} sx={{ height: 18 }} />}
        </Stack>
        <Typography variant="caption" color="text.secondary" component="div" noWrap>
          {[
            item.primaryContact,
            item.primaryPhone && phoneText(t, item.primaryPhone, item.primaryExtension),
            item.region,
            t('search.equipmentCount', { count: item.equipmentCount }),
          ]
            .filter((part) => part)
            .join(t('search.separator'))}
        </Typography>
      </Box>
      <Box sx={{ flexShrink: 0, maxWidth: '45%', pt: 0.25 }}>
        <MatchedBy item={item} query={query} />
      </Box>
    </Stack>
  );
}

export function SearchResults({
  items,
  query,
  activeIndex,
  onOpen,
  onHover,
  listId,
  dense = false,
}: {
  items: CustomerSummary[];
  query: string;
  activeIndex: number;
  onOpen: (item: CustomerSummary) => void;
  onHover?: (index: number) => void;
  listId: string;
  dense?: boolean;
}) {
  return (
    <List dense={dense} disablePadding role="listbox" id={listId} data-testid="search-results">
      {items.map((item, index) => (
        <ListItemButton
          key={item.id}
          id={`${listId}-${item.id}`}
          role="option"
          aria-selected={index === activeIndex}
          selected={index === activeIndex}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onOpen(item)}
          onMouseEnter={() => onHover?.(index)}
          data-testid={`search-result-${item.code}`}
          sx={{ py: dense ? 0.75 : 1, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}
        >
          <SearchResultRow item={item} query={query} />
        </ListItemButton>
      ))}
    </List>
  );
}
