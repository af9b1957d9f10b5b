// The one search box, in the top bar (Ctrl+K / F3 from anywhere), on the customers screen and in the merge dialog:
// results while the agent types, arrow keys move, Enter opens, Escape clears.
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import InputAdornment from '@mui/material/InputAdornment';
import InputBase from '@mui/material/InputBase';
import Paper from '@mui/material/Paper';
import Popper from '@mui/material/Popper';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/api';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { SearchResults } from './SearchResults';
import { useCustomerSearch } from './useCustomerSearch';

// The search boxes on screen, newest last: the shortcut focuses the one most recently shown (the screen's own box
// over the top bar's).
const registered: Array<{ current: HTMLInputElement | null }> = [];

export function isSearchShortcut(event: globalThis.KeyboardEvent): boolean {
  return event.key === 'F3' || ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k');
}

/** Installs the global shortcut once, in the frame. */
export function useSearchShortcut(): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      const target = [...registered].reverse().find((ref) => ref.current && ref.current.isConnected)?.current;
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function useRegistered(ref: { current: HTMLInputElement | null }, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    registered.push(ref);
    return () => {
      const index = registered.lastIndexOf(ref);
      if (index >= 0) registered.splice(index, 1);
    };
  }, [ref, enabled]);
}

export function SearchBox({
  variant,
  onOpen,
  excludeId,
  autoFocus = false,
  testId,
  onQueryChange,
}: {
  /** topbar: in the app bar, results in a popup; page: the screen's box, results below; picker: inside a dialog. */
  variant: 'topbar' | 'page' | 'picker';
  onOpen: (item: CustomerSummary) => void;
  excludeId?: number;
  autoFocus?: boolean;
  testId: string;
  onQueryChange?: (query: string) => void;
}) {
  const { t } = useTranslation(['customers', 'common']);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [anchor, setAnchor] = useState<HTMLDivElement | null>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const limit = variant === 'topbar' ? 8 : 15;
  const search = useCustomerSearch(query, { limit });
  const items = excludeId === undefined ? search.items : search.items.filter((item) => item.id !== excludeId);
  useRegistered(inputRef, variant !== 'picker');

  const change = (value: string) => {
    setQuery(value);
    setActiveIndex(0);
    onQueryChange?.(value);
  };

  const open = (item: CustomerSummary) => {
    if (variant !== 'picker') {
      change('');
      inputRef.current?.blur();
    }
    onOpen(item);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveIndex((index) => Math.min(index + 1, Math.max(items.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[Math.min(activeIndex, items.length - 1)];
      const typed = query.trim();
      if (item && !search.searching) open(item);
      else if (typed !== '') {
        // The answer for what is typed now is still on its way (Enter right after the last key): ask for it and open the best match.
        void call('customers.search', { query: typed, limit }).then(
          ({ items: found }) => {
            const best = found.find((candidate) => candidate.id !== excludeId);
            if (best) open(best);
          },
          () => undefined,
        );
      }
    } else if (event.key === 'Escape') {
      if (query !== '') {
        event.preventDefault();
        event.stopPropagation();
        change('');
      } else if (variant === 'topbar') inputRef.current?.blur();
    }
  };

  const placeholder = t(variant === 'topbar' ? 'search.placeholderShort' : 'search.placeholder');
  const shortcutHint = t('search.shortcut');
  // "No customer matches" stays up, naming the query it answers, while the answer for the next key comes: the popup
  // does not close and reopen between keys.
  const empty = query.trim() !== '' && search.error === null && items.length === 0 && search.answered !== '';
  const activeId = items[activeIndex] ? `${listId}-${items[activeIndex].id}` : undefined;
  const inputProps = {
    role: 'combobox',
    'aria-expanded': items.length > 0,
    'aria-controls': listId,
    'aria-activedescendant': activeId,
    'aria-autocomplete': 'list' as const,
    'data-testid': testId,
    autoComplete: 'off',
    spellCheck: false,
  };

  const results = (
    <>
      {search.error !== null && (
        <Typography variant="body2" color="error" sx={{ p: 1.5 }}>
          {errorMessage(t, search.error)}
        </Typography>
      )}
      {empty && (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }} data-testid="search-empty">
          {t('search.noResults', { query: search.answered })}
        </Typography>
      )}
      {items.length > 0 && (
        <SearchResults
          items={items}
          query={search.answered}
          activeIndex={activeIndex}
          onOpen={open}
          onHover={setActiveIndex}
          listId={listId}
          dense={variant === 'topbar'}
        />
      )}
    </>
  );

  const spinner = search.searching ? <CircularProgress size={14} color="inherit" /> : null;

  if (variant === 'topbar') {
    return (
      <>
        <Tooltip title={focused ? '' : t('search.shortcutTooltip')} disableFocusListener>
          <Box
            ref={setAnchor}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              bgcolor: focused ? 'rgba(255,255,255,0.22)' : 'rgba(255,255,255,0.14)',
              // Where the keyboard is: a white ring round the box, as on the top bar's buttons.
              outline: focused ? '2px solid currentColor' : 'none',
              outlineOffset: 2,
              borderRadius: 1,
              px: 1.25,
              height: 34,
              width: { xs: 240, md: 340, lg: 400 },
              transition: 'background-color 120ms',
            }}
          >
            <SearchOutlined fontSize="small" sx={{ opacity: 0.85 }} />
            <InputBase
              inputRef={inputRef}
              value={query}
              onChange={(event) => change(event.target.value)}
              onKeyDown={onKeyDown}
              onFocus={() => setFocused(true)}
              onBlur={() => setFocused(false)}
              placeholder={placeholder}
              sx={{ flex: 1, color: 'inherit', fontSize: 14, '& input::placeholder': { color: 'inherit', opacity: 0.75 } }}
              inputProps={{ ...inputProps, 'aria-label': placeholder }}
            />
            {spinner}
            <Box
              component="kbd"
              sx={{ fontSize: 11, fontFamily: 'inherit', border: 1, borderColor: 'rgba(255,255,255,0.45)', borderRadius: 0.5, px: 0.5, whiteSpace: 'nowrap' }}
            >
              {shortcutHint}
            </Box>
          </Box>
        </Tooltip>
        <Popper
          open={focused && query.trim() !== '' && (items.length > 0 || empty || search.error !== null)}
          anchorEl={anchor}
          placement="bottom-start"
          sx={{ zIndex: (theme) => theme.zIndex.modal + 1 }}
        >
          <Paper elevation={8} sx={{ width: 520, maxHeight: '70vh', overflowY: 'auto', mt: 0.5 }} data-testid="quick-search-popup" data-answered={search.answered}>
            {results}
          </Paper>
        </Popper>
      </>
    );
  }

  return (
    <Box>
      <TextField
        inputRef={inputRef}
        value={query}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={placeholder}
        autoFocus={autoFocus}
        size={variant === 'page' ? 'medium' : 'small'}
        slotProps={{
          htmlInput: { ...inputProps, 'aria-label': placeholder },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined />
              </InputAdornment>
            ),
            endAdornment: (
              <InputAdornment position="end">
                {spinner}
                {variant === 'page' && (
                  <Typography variant="caption" color="text.secondary" sx={{ ml: 1, whiteSpace: 'nowrap' }}>
                    {shortcutHint}
                  </Typography>
                )}
              </InputAdornment>
            ),
          },
        }}
        helperText={variant === 'page' ? t('search.help') : undefined}
      />
      {(items.length > 0 || empty || search.error !== null) && (
        <Paper
          variant="outlined"
          sx={{ mt: 1, maxHeight: variant === 'picker' ? 320 : undefined, overflowY: 'auto' }}
          data-testid={`${testId}-results`}
          data-answered={search.answered}
        >
          {results}
        </Paper>
      )}
    </Box>
  );
}
