// 服务单 (/requests): newest first, page by page; filtered by state, kind, priority and "mine"; or found by number,
// caller's phone or words with the search box.
import AddIcCallOutlined from '@mui/icons-material/AddIcCallOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall, type ApiInput } from '../../../../../shared/api';
import { PRIORITIES, REQUEST_KINDS, type Priority, type RequestKind } from '../../../../../shared/api/requests';
import { REQUEST_STATES, type RequestState } from '../../../../../shared/requests/lifecycle';
import { useCurrentUser } from '../../../app/session';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useApiPages, useApiQuery } from '../../../lib/queries';
import { openCallForm } from '../call/callFormStore';
import { RequestTable } from './RequestTable';
import { useDebounced } from '../../../lib/useDebounced';

const PAGE_SIZE = 50;
const ANY = '';
type StateFilter = 'open' | 'finished' | RequestState | typeof ANY;

interface Filters {
  state: StateFilter;
  kind: RequestKind | typeof ANY;
  priority: Priority | typeof ANY;
  mine: boolean;
}

function listInput(filters: Filters, me: number): ApiInput<'requests.list'> {
  return {
    limit: PAGE_SIZE,
    ...(filters.state !== ANY && { state: filters.state }),
    ...(filters.kind !== ANY && { kind: filters.kind }),
    ...(filters.priority !== ANY && { priority: filters.priority }),
    ...(filters.mine && { ownerId: me }),
  };
}

function RequestList({ filters }: { filters: Filters }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const input = listInput(filters, me.id);
  const { list, rows } = useApiPages('requests.list', input);
  return (
    <Stack spacing={1.5}>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <RequestTable rows={rows} empty={list.isPending ? null : t('list.empty')} testId="requests-grid" footer={list.isPending ? <LoadingBlock /> : undefined} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" data-testid="requests-shown">
          {t('list.shown', { count: rows.length })}
        </Typography>
        {list.hasNextPage && (
          <Button variant="outlined" size="small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage} data-testid="requests-load-more">
            {t('common:actions.loadMore')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

function SearchList({ query }: { query: string }) {
  const { t } = useTranslation('requests');
  const settled = useDebounced(query.trim(), 200);
  const search = useApiQuery('requests.search', { query: settled, limit: 50 }, { enabled: settled !== '', placeholderData: keepPreviousData });
  const rows = search.data?.items ?? [];
  return (
    <Stack spacing={1.5}>
      {search.isError && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
      <RequestTable rows={rows} empty={search.isFetching || settled !== query.trim() ? null : t('list.noResults', { query: settled })} testId="requests-search-results" />
    </Stack>
  );
}

export function RequestsPage() {
  const { t } = useTranslation(['requests', 'nav', 'common']);
  const me = useCurrentUser();
  const [filters, setFilters] = useState<Filters>({ state: 'open', kind: ANY, priority: ANY, mine: false });
  const [query, setQuery] = useState('');
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const searching = query.trim() !== '';
  const mayLog = mayCall(api['requests.create'].access, me.roles);

  return (
    <Box data-testid="requests-page">
      <PageHeader
        title={t('nav:requests')}
        subtitle={t('list.subtitle')}
        actions={
          mayLog && (
            <Button variant="contained" startIcon={<AddIcCallOutlined />} onClick={openCallForm} data-testid="requests-new-call">
              {t('call.open')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <TextField
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('list.searchPlaceholder')}
          onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
          slotProps={{
            htmlInput: { 'data-testid': 'requests-search', 'aria-label': t('list.searchPlaceholder') },
            input: { startAdornment: <InputAdornment position="start"><SearchOutlined /></InputAdornment> },
          }}
        />
        {!searching && (
          <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, alignItems: 'center' }} data-testid="requests-filters">
            <TextField select label={t('list.state')} value={filters.state} onChange={(event) => set('state')(event.target.value as StateFilter)} sx={{ width: 210 }} fullWidth={false} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} data-testid="filter-state">
              <MenuItem value={ANY}>{t('list.any')}</MenuItem>
              <MenuItem value="open">{t('list.open')}</MenuItem>
              <MenuItem value="finished">{t('list.finished')}</MenuItem>
              <ListSubheader>{t('list.oneState')}</ListSubheader>
              {REQUEST_STATES.map((state) => (
                <MenuItem key={state} value={state}>
                  {t(`states.${state}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label={t('fields.kind')} value={filters.kind} onChange={(event) => set('kind')(event.target.value as RequestKind)} sx={{ width: 130 }} fullWidth={false} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} data-testid="filter-kind">
              <MenuItem value={ANY}>{t('list.any')}</MenuItem>
              {REQUEST_KINDS.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label={t('fields.priority')} value={filters.priority} onChange={(event) => set('priority')(event.target.value as Priority)} sx={{ width: 130 }} fullWidth={false} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} data-testid="filter-priority">
              <MenuItem value={ANY}>{t('list.any')}</MenuItem>
              {PRIORITIES.map((priority) => (
                <MenuItem key={priority} value={priority}>
                  {t(`priorities.${priority}`)}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel control={<Checkbox checked={filters.mine} onChange={(event) => set('mine')(event.target.checked)} slotProps={{ input: { 'data-testid': 'filter-mine' } as object }} />} label={t('list.mine')} />
          </Stack>
        )}
        {searching ? <SearchList query={query} /> : <RequestList filters={filters} />}
      </Stack>
    </Box>
  );
}
