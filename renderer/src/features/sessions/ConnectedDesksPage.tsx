// 已连接的工作台: who is signed in to this console now, from which computer and since when; the administrator may end
// another desk's session (a computer left signed in, a cookie that should not be used).
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectedDesk } from '../../../../shared/api/sessions';
import { currentLanguage } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { gridLocaleText } from '../../app/theme';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';

function EndDialog({ desk, onClose }: { desk: ConnectedDesk; onClose: () => void }) {
  const { t } = useTranslation(['sessions', 'common']);
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const address = desk.address ?? t('thisComputer');

  const end = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('sessions.end', { id: desk.id });
      notify(t('ended', { name: desk.displayName }));
      onClose();
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" slotProps={{ paper: { 'data-testid': 'end-session-dialog' } as object }}>
      <DialogTitle>{t('endTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('endText', { name: desk.displayName, address })}</DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <SubmitButton busy={busy} type="button" color="warning" onClick={() => void end()} data-testid="end-session-confirm">
          {t('end')}
        </SubmitButton>
      </DialogActions>
    </Dialog>
  );
}

export function ConnectedDesksPage() {
  const { t } = useTranslation(['sessions', 'common']);
  const format = useFormat();
  // A desk signing in or out, or ended by another administrator, refreshes this list by itself (lib/liveChanges.ts).
  const desks = useApiQuery('sessions.list', {}, { staleTime: 0 });
  const [ending, setEnding] = useState<ConnectedDesk | null>(null);

  const columns: GridColDef<ConnectedDesk>[] = [
    {
      field: 'displayName',
      headerName: t('user'),
      flex: 1,
      minWidth: 200,
      valueGetter: (_value, row) => t('userLabel', { name: row.displayName, username: row.username }),
    },
    {
      field: 'address',
      headerName: t('address'),
      width: 200,
      valueGetter: (_value, row) => row.address ?? t('thisComputer'),
      cellClassName: 'desk-address',
    },
    { field: 'since', headerName: t('since'), width: 170, valueFormatter: (value: number) => format.dateTime(value) },
    { field: 'lastSeenAt', headerName: t('lastSeen'), width: 170, valueFormatter: (value: number) => format.dateTime(value) },
    {
      field: 'actions',
      headerName: '',
      width: 170,
      sortable: false,
      filterable: false,
      renderCell: ({ row }) =>
        row.current ? (
          <Chip size="small" label={t('current')} data-testid="desk-current" />
        ) : (
          <Button size="small" color="warning" startIcon={<LogoutOutlined />} onClick={() => setEnding(row)} data-testid={`end-session-${row.username}`}>
            {t('end')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button variant="outlined" startIcon={<RefreshOutlined />} onClick={() => void desks.refetch()} data-testid="desks-refresh">
            {t('refresh')}
          </Button>
        }
      />
      {desks.isError && <QueryError error={desks.error} onRetry={() => void desks.refetch()} />}
      <Paper variant="outlined" data-testid="desks-grid">
        <DataGrid
          rows={desks.data?.items ?? []}
          columns={columns}
          loading={desks.isPending}
          disableRowSelectionOnClick
          autoHeight
          rowHeight={44}
          columnHeaderHeight={44}
          hideFooter={(desks.data?.items.length ?? 0) <= 25}
          pageSizeOptions={[25, 50, 100]}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
          localeText={gridLocaleText(currentLanguage(), { noRowsLabel: t('none') })}
          sx={{ border: 0, '& .desk-address': { fontFamily: 'monospace', fontSize: 13 } }}
        />
      </Paper>
      {ending && <EndDialog desk={ending} onClose={() => setEnding(null)} />}
    </>
  );
}
