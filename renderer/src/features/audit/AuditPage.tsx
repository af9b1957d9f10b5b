// 操作日志: the audit log, newest first, filtered by user, record type and dates, paged by keyset; verifies the chain.
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridRenderCellParams } from '@mui/x-data-grid';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall, type AuditEntry, type AuditVerification } from '../../../../shared/api';
import { currentLanguage } from '../../app/i18n';
import { gridLocaleText } from '../../app/theme';
import { useCurrentUser } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { changesOf, fieldLabel, summaryOf, valueText, type ValueFormat } from './changes';
import { AUDIT_ENTITY_FILTER } from './entities';
import { VerificationResult } from './VerificationResult';

const PAGE_SIZE = 50;

interface Filters {
  userId: number | null;
  entity: string;
  from: Dayjs | null;
  to: Dayjs | null;
}

const NO_FILTERS: Filters = { userId: null, entity: '', from: null, to: null };

/** The namespaces whose words name the log's coded values (changes.ts VALUE_LABELS). */
const VALUE_NAMESPACES = ['audit', 'common', 'backup', 'departments', 'requests', 'complaints', 'questions', 'suggestions', 'knowledge', 'customers', 'documents', 'equipment', 'calendar'];

/** A cell's text on one line, cut with an ellipsis when it must, and whole on hover. */
function whole({ value }: GridRenderCellParams<AuditEntry>) {
  const text = value === null || value === undefined ? '' : String(value);
  return (
    <Box component="span" title={text} sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {text}
    </Box>
  );
}

function useValueFormat(): ValueFormat {
  const format = useFormat();
  return { dateTime: format.dateTime, bytes: format.bytes, language: currentLanguage() };
}

function EntryDialog({ entry, onClose }: { entry: AuditEntry; onClose: () => void }) {
  const { t } = useTranslation(VALUE_NAMESPACES);
  const format = useFormat();
  const values = useValueFormat();
  const changes = changesOf(entry.before, entry.after);
  const hasBefore = entry.before !== null && entry.before !== undefined;
  return (
    <Dialog open onClose={onClose} maxWidth="md">
      <DialogTitle>{t('detailTitle', { id: entry.id })}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {format.dateTimeSeconds(entry.at)}
          {t('common:listSeparator')}
          {entry.username ?? t('system')}
          {t('common:listSeparator')}
          {t(`actions.${entry.method}`, { defaultValue: entry.method })}
        </Typography>
        {changes.length === 0 ? (
          <Typography variant="body2">{t('noDetails')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('field')}</TableCell>
                {hasBefore && <TableCell>{t('before')}</TableCell>}
                <TableCell>{t('after')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map((change) => (
                <TableRow key={change.field}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fieldLabel(t, change.path)}</TableCell>
                  {hasBefore && <TableCell>{valueText(t, entry.entity, change.path, change.before, values)}</TableCell>}
                  <TableCell>{valueText(t, entry.entity, change.path, change.after, values)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export function AuditPage() {
  const { t } = useTranslation(VALUE_NAMESPACES);
  const format = useFormat();
  const values = useValueFormat();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const mayListUsers = mayCall(api['users.list'].access, me.roles);
  const users = useApiQuery('users.list', { includeInactive: true }, { enabled: mayListUsers });

  const input = useMemo(
    () => ({
      ...(filters.userId !== null && { userId: filters.userId }),
      ...(filters.entity !== '' && { entity: filters.entity }),
      ...(filters.from && { from: filters.from.startOf('day').valueOf() }),
      ...(filters.to && { to: filters.to.endOf('day').valueOf() }),
    }),
    [filters],
  );

  const log = useInfiniteQuery({
    queryKey: ['audit.list', input],
    queryFn: ({ pageParam }) => call('audit.list', { ...input, limit: PAGE_SIZE, ...(pageParam !== undefined && { before: pageParam }) }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = useMemo(() => log.data?.pages.flatMap((page) => page.items) ?? [], [log.data]);

  // Without users.list (a supervisor), the people already seen in the log are the choices.
  const userOptions = useMemo(() => {
    if (users.data) return users.data.items.map((u) => ({ id: u.id, label: `${u.displayName} (${u.username})` }));
    const seen = new Map<number, string>();
    for (const row of rows) if (row.userId !== null && row.username) seen.set(row.userId, row.username);
    return [...seen].map(([id, label]) => ({ id, label }));
  }, [users.data, rows]);

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    setVerification(null);
    try {
      setVerification(await call('audit.verify', {}));
    } catch (error) {
      setVerifyError(errorMessage(t, error));
    } finally {
      setVerifying(false);
    }
  };

  // Short values keep their width; the change, the longest, gives way first (cut with its whole text on hover).
  const columns: GridColDef<AuditEntry>[] = [
    { field: 'id', headerName: t('columns.id'), width: 70, type: 'number' },
    { field: 'at', headerName: t('columns.at'), width: 175, valueFormatter: (value: number) => format.dateTimeSeconds(value) },
    { field: 'username', headerName: t('columns.user'), width: 110, renderCell: whole, valueGetter: (_value, row) => row.username ?? t('system') },
    {
      field: 'method',
      headerName: t('columns.action'),
      width: 200,
      renderCell: whole,
      valueGetter: (_value, row) => t(`actions.${row.method}`, { defaultValue: row.method }),
    },
    {
      field: 'entity',
      headerName: t('columns.entity'),
      width: 150,
      renderCell: whole,
      valueGetter: (_value, row) => t(`entities.${row.entity}`, { defaultValue: row.entity }),
    },
    { field: 'entityId', headerName: t('columns.entityId'), width: 80, renderCell: whole },
    {
      field: 'change',
      headerName: t('columns.change'),
      flex: 1,
      minWidth: 200,
      sortable: false,
      renderCell: whole,
      valueGetter: (_value, row) => summaryOf(t, row.entity, row.before, row.after, values),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <SubmitButton busy={verifying} type="button" variant="outlined" startIcon={<VerifiedOutlined />} onClick={() => void verify()} data-testid="audit-verify">
            {verifying ? t('verifying') : t('verify')}
          </SubmitButton>
        }
      />
      {verification && <VerificationResult verification={verification} onClose={() => setVerification(null)} />}
      {verifyError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {verifyError}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }} data-testid="audit-filters">
          <TextField
            select
            label={t('filters.user')}
            value={filters.userId === null ? '' : String(filters.userId)}
            onChange={(e) => setFilters((f) => ({ ...f, userId: e.target.value === '' ? null : Number(e.target.value) }))}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            sx={{ maxWidth: { md: 220 } }}
          >
            <MenuItem value="">{t('filters.anyUser')}</MenuItem>
            {userOptions.map((option) => (
              <MenuItem key={option.id} value={String(option.id)}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('filters.entity')}
            value={filters.entity}
            onChange={(e) => setFilters((f) => ({ ...f, entity: e.target.value }))}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            sx={{ maxWidth: { md: 180 } }}
          >
            <MenuItem value="">{t('filters.anyEntity')}</MenuItem>
            {AUDIT_ENTITY_FILTER.map((entity) => (
              <MenuItem key={entity} value={entity}>
                {t(`entities.${entity}`)}
              </MenuItem>
            ))}
          </TextField>
          <DatePicker
            label={t('filters.from')}
            value={filters.from}
            onChange={(value) => setFilters((f) => ({ ...f, from: value && value.isValid() ? value : null }))}
            format={t('common:format.date')}
            maxDate={filters.to ?? undefined}
            slotProps={{ textField: { size: 'small', sx: { maxWidth: { md: 180 } } }, field: { clearable: true } }}
          />
          <DatePicker
            label={t('filters.to')}
            value={filters.to}
            onChange={(value) => setFilters((f) => ({ ...f, to: value && value.isValid() ? value : null }))}
            format={t('common:format.date')}
            minDate={filters.from ?? undefined}
            slotProps={{ textField: { size: 'small', sx: { maxWidth: { md: 180 } } }, field: { clearable: true } }}
          />
          <Button onClick={() => setFilters(NO_FILTERS)} sx={{ flexShrink: 0 }}>
            {t('filters.reset')}
          </Button>
        </Stack>
      </Paper>
      {log.isError && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
      <Paper variant="outlined" data-testid="audit-grid">
        <DataGrid
          rows={rows}
          columns={columns}
          loading={log.isPending}
          onRowClick={({ row }) => setSelected(row)}
          disableRowSelectionOnClick
          autoHeight
          hideFooter
          rowHeight={40}
          columnHeaderHeight={44}
          localeText={gridLocaleText(currentLanguage(), { noRowsLabel: t('empty') })}
          sx={{ border: 0, '& .MuiDataGrid-row': { cursor: 'pointer' } }}
        />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1.25, borderTop: 1, borderColor: 'divider' }}>
          <Typography variant="body2" color="text.secondary" data-testid="audit-count">
            {t('loaded', { count: rows.length })}
          </Typography>
          <Box sx={{ ml: 'auto' }}>
            {log.hasNextPage ? (
              <SubmitButton busy={log.isFetchingNextPage} type="button" variant="outlined" size="small" onClick={() => void log.fetchNextPage()} data-testid="audit-load-more">
                {t('common:actions.loadMore')}
              </SubmitButton>
            ) : (
              rows.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  {t('allLoaded')}
                </Typography>
              )
            )}
          </Box>
        </Box>
      </Paper>
      {selected && <EntryDialog entry={selected} onClose={() => setSelected(null)} />}
    </>
  );
}
