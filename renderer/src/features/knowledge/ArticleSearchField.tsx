// The knowledge search box: arrow keys move through the results beside it, Enter opens (or picks) the active one,
// Escape clears.
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import CircularProgress from '@mui/material/CircularProgress';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/api/knowledge';

export function ArticleSearchField({
  value,
  onChange,
  items,
  activeId,
  onActivate,
  onOpen,
  searching,
  autoFocus = false,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  items: ArticleSummary[];
  activeId: number | null;
  onActivate: (id: number) => void;
  onOpen: (id: number) => void;
  searching: boolean;
  autoFocus?: boolean;
  testId: string;
}) {
  const { t } = useTranslation('knowledge');
  const index = items.findIndex((item) => item.id === activeId);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0);
      const item = items[next];
      if (item) onActivate(item.id);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeId !== null && !searching) onOpen(activeId);
    } else if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      event.stopPropagation();
      onChange('');
    }
  };
  return (
    <TextField
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      placeholder={t('search.placeholder')}
      autoFocus={autoFocus}
      slotProps={{
        htmlInput: { 'data-testid': testId, 'aria-label': t('search.placeholder'), autoComplete: 'off', spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchOutlined />
            </InputAdornment>
          ),
          endAdornment: searching ? <CircularProgress size={16} /> : undefined,
        },
      }}
    />
  );
}
