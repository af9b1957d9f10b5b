// 备品备件库: the store's parts, found by one box (code, name, pinyin, spec, bin; a scanned code and Enter opens its
// page), filtered by bin, status and "below reorder point", a page at a time; above them the store's value now and at
// the close of a past day. Clerks add parts here.
import AddOutlined from '@mui/icons-material/AddOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import { PART_STATUSES, type PartStatus } from '../../../../shared/api/parts';
import { useCurrentUser } from '../../app/session';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useApiPages, useApiQuery } from '../../lib/queries';
import { useDebounced } from '../../lib/useDebounced';
import { anyFilter, narrowed } from './list';
import { PartDialog } from './PartDialog';
import { PartsTable } from './PartsTable';
import { StoreValue } from './StoreValue';
import { ExportPartsButton } from './ExportPartsButton';
import { BinLabelsButton } from './labels/BinLabelsDialog';
import { PrintLabelsButton } from './labels/PrintLabelsButton';

const PAGE = 50;

export function PartsPage() {
  const { t } = useTranslation(['parts', 'nav', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const mayCreate = mayCall(api['parts.create'].access, me.roles);
  const [typed, setTyped] = useState('');
  const [bin, setBin] = useState<string>(ANY);
  const [status, setStatus] = useState<PartStatus | typeof ANY>(ANY);
  const [low, setLow] = useState(false);
  const [creating, setCreating] = useState(false);
  const [scanProblem, setScanProblem] = useState<string | null>(null);
  const query = useDebounced(typed.trim(), 150);
  const searching = query !== '';

  const bins = useApiQuery('parts.bins', {});
  const found = useApiQuery('parts.search', { query, limit: 100, includeDiscontinued: true }, { enabled: searching, placeholderData: (previous) => previous });
  const { list, rows: listed } = useApiPages(
    'parts.list',
    { ...(bin !== ANY && { bin }), ...(status !== ANY && { status }), ...(low && { low: true }), limit: PAGE },
    { enabled: !searching },
  );
  const filters = { bin, status, low };
  const rows = searching ? narrowed(found.data?.items ?? [], filters) : listed;
  const error = searching ? found.error : list.error;

  // A scanner types the code and Enter: the part's page opens at once.
  const onKeyDown = async (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || typed.trim() === '') return;
    event.preventDefault();
    const code = typed.trim();
    const { part } = await call('parts.byCode', { code });
    if (part) void navigate(`/parts/${part.id}`);
    else setScanProblem(t('picker.noSuchCode', { code }));
  };

  return (
    <>
      <PageHeader
        title={t('nav:parts')}
        subtitle={t('list.subtitle')}
        actions={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <PrintLabelsButton partIds={rows.map((part) => part.id)} />
            <BinLabelsButton />
            <ExportPartsButton
              filters={{ ...(bin !== ANY && { bin }), ...(status !== ANY && { status }), ...(low && { low: true }), ...(searching && { query }) }}
            />
            {mayCreate && (
              <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setCreating(true)} data-testid="part-create">
                {t('list.newPart')}
              </Button>
            )}
          </Stack>
        }
      />
      <StoreValue />
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ mb: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          label={t('list.search')}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setScanProblem(null);
          }}
          onKeyDown={(event) => void onKeyDown(event)}
          autoFocus
          error={scanProblem !== null}
          helperText={scanProblem ?? t('list.searchHint')}
          sx={{ width: 380 }}
          fullWidth={false}
          slotProps={{
            htmlInput: { 'data-testid': 'parts-search', spellCheck: false },
            input: { startAdornment: <InputAdornment position="start"><SearchOutlined fontSize="small" /></InputAdornment> },
          }}
        />
        <FilterSelect
          label={t('list.bin')}
          value={bin}
          onChange={setBin}
          options={(bins.data?.items ?? []).filter((b) => b.bin !== '').map((b) => ({ value: b.bin, label: t('list.binOption', { bin: b.bin, count: b.parts }) }))}
          anyLabel={t('list.anyBin')}
          testId="parts-bin-filter"
          width={170}
        />
        <FilterSelect
          label={t('list.status')}
          value={status}
          onChange={setStatus}
          options={PART_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          anyLabel={t('list.anyStatus')}
          testId="parts-status-filter"
          width={130}
        />
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Checkbox checked={low} onChange={(event) => setLow(event.target.checked)} slotProps={{ input: { 'data-testid': 'parts-low-filter' } as object }} />}
          label={t('list.lowOnly')}
        />
      </Stack>
      {error && <QueryError error={error} onRetry={() => void (searching ? found.refetch() : list.refetch())} />}
      <PartsTable rows={rows} pending={searching ? found.isPending : list.isPending} emptyText={t(anyFilter(filters, query) ? 'list.noMatch' : 'list.empty')} />
      <Box sx={{ mt: 1.5 }}>
        {!searching && list.hasNextPage && (
          <Button variant="outlined" size="small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage} data-testid="parts-more">
            {t('common:actions.loadMore')}
          </Button>
        )}
      </Box>
      {creating && (
        <PartDialog
          part={null}
          onClose={() => setCreating(false)}
          onSaved={(part) => {
            setCreating(false);
            void navigate(`/parts/${part.id}`);
          }}
        />
      )}
    </>
  );
}
