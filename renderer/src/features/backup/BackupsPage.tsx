// 备份与恢复: back up now (optionally also into a folder), the list of backups, restore with a confirmation.
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api';
import { currentLanguage } from '../../app/i18n';
import { gridLocaleText } from '../../app/theme';
import { useNotify } from '../../app/notify';
import { useSignedOutByRestore } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';

function RestoreDialog({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const { t } = useTranslation(['backup', 'common']);
  const format = useFormat();
  const signedOutByRestore = useSignedOutByRestore();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('backup.restore', { id: backup.id });
      notify(t('restored', { time: format.dateTime(result.restored.createdAt), safety: result.safetyBackup.id }));
      onClose();
      signedOutByRestore();
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" slotProps={{ paper: { 'data-testid': 'restore-dialog' } as object }}>
      <DialogTitle>{t('restoreTitle')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Alert severity="warning">{t('restoreWarning')}</Alert>
          {error && <Alert severity="error">{error}</Alert>}
          <Box>
            <Typography variant="body2" color="text.secondary">
              {t('restoreWhich')}
            </Typography>
            <Typography variant="subtitle1" data-testid="restore-backup-time">
              {format.dateTimeSeconds(backup.createdAt)}
              {t('common:listSeparator')}
              {t(`reasons.${backup.reason}`)}
              {t('common:listSeparator')}
              {format.bytes(backup.sizeBytes)}
            </Typography>
            <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="restore-backup-id">
              {backup.id}
            </Typography>
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <SubmitButton busy={busy} type="button" color="warning" onClick={() => void restore()} data-testid="restore-confirm">
          {busy ? t('restoring') : t('restoreConfirm')}
        </SubmitButton>
      </DialogActions>
    </Dialog>
  );
}

export function BackupsPage() {
  const { t } = useTranslation(['backup', 'common']);
  const format = useFormat();
  const notify = useNotify();
  const backups = useApiQuery('backup.list', {});
  const [copyTo, setCopyTo] = useState('');
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const create = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const folder = copyTo.trim();
      const info = await call('backup.create', folder ? { copyTo: folder } : {});
      notify(info.copiedTo ? `${t('created', { id: info.id })} ${t('copiedTo', { path: info.copiedTo })}` : t('created', { id: info.id }));
    } catch (error) {
      setCreateError(errorMessage(t, error));
    } finally {
      setCreating(false);
    }
  };

  const columns: GridColDef<BackupInfo>[] = [
    {
      field: 'createdAt',
      headerName: t('columns.createdAt'),
      width: 190,
      valueFormatter: (value: number) => format.dateTimeSeconds(value),
    },
    { field: 'reason', headerName: t('columns.reason'), width: 190, valueGetter: (_value, row) => t(`reasons.${row.reason}`) },
    {
      field: 'sizeBytes',
      headerName: t('columns.size'),
      width: 110,
      align: 'right',
      headerAlign: 'right',
      valueFormatter: (value: number) => format.bytes(value),
    },
    { field: 'id', headerName: t('columns.file'), flex: 1, minWidth: 260, cellClassName: 'backup-file' },
    {
      field: 'actions',
      headerName: t('columns.actions'),
      width: 120,
      sortable: false,
      filterable: false,
      renderCell: ({ row }) => (
        <Button size="small" startIcon={<RestoreOutlined />} onClick={() => setRestoring(row)} data-testid={`restore-${row.id}`}>
          {t('restore')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
          <SubmitButton
            busy={creating}
            type="button"
            startIcon={<BackupOutlined />}
            onClick={() => void create()}
            sx={{ flexShrink: 0, mt: { md: '2px' } }}
            data-testid="backup-create"
          >
            {creating ? t('creating') : t('createNow')}
          </SubmitButton>
          <TextField
            label={t('copyTo')}
            value={copyTo}
            onChange={(event) => setCopyTo(event.target.value)}
            helperText={t('copyToHelp')}
            sx={{ maxWidth: 520 }}
          />
        </Stack>
        {createError && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {createError}
          </Alert>
        )}
      </Paper>
      {backups.isError && <QueryError error={backups.error} onRetry={() => void backups.refetch()} />}
      <Paper variant="outlined" data-testid="backups-grid">
        <DataGrid
          rows={backups.data?.items ?? []}
          columns={columns}
          loading={backups.isPending}
          disableRowSelectionOnClick
          autoHeight
          rowHeight={44}
          columnHeaderHeight={44}
          pageSizeOptions={[25, 50, 100]}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
          localeText={gridLocaleText(currentLanguage(), { noRowsLabel: t('empty') })}
          sx={{ border: 0, '& .backup-file': { fontFamily: 'monospace', fontSize: 13 } }}
        />
      </Paper>
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </>
  );
}
