// 用户与角色: every account, its roles and department; create, edit, reset password.
import EditOutlined from '@mui/icons-material/EditOutlined';
import LockResetOutlined from '@mui/icons-material/LockResetOutlined';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/api';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';

type Editing = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

export function UsersPage() {
  const { t, i18n } = useTranslation(['users', 'common']);
  const format = useFormat();
  const [includeInactive, setIncludeInactive] = useState(true);
  const users = useApiQuery('users.list', { includeInactive });
  // A center has more users than a page shows: the administrator finds one by username or name.
  const [find, setFind] = useState('');
  const shown = useMemo(() => {
    const needle = find.trim().toLowerCase();
    const items = users.data?.items ?? [];
    return needle === '' ? items : items.filter((user) => user.username.toLowerCase().includes(needle) || user.displayName.toLowerCase().includes(needle));
  }, [users.data, find]);
  const departments = useApiQuery('departments.list', { includeInactive: true });
  const [editing, setEditing] = useState<Editing>(null);

  const departmentsById = useMemo(
    () => new Map((departments.data?.items ?? []).map((d) => [d.id, departmentName(d, i18n.language)])),
    [departments.data, i18n.language],
  );

  const columns = useMemo<GridColDef<User>[]>(
    () => [
      { field: 'username', headerName: t('columns.username'), width: 140 },
      { field: 'displayName', headerName: t('columns.displayName'), width: 140 },
      {
        field: 'roles',
        headerName: t('columns.roles'),
        flex: 1,
        minWidth: 220,
        sortable: false,
        valueGetter: (_value, row) => row.roles.map((role) => t(`common:roles.${role}`)).join(t('common:listSeparator')),
        renderCell: ({ row }) => (
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%', overflow: 'hidden' }}>
            {row.roles.map((role) => (
              <Chip key={role} size="small" variant="outlined" label={t(`common:roles.${role}`)} />
            ))}
          </Stack>
        ),
      },
      {
        field: 'departmentId',
        headerName: t('columns.department'),
        width: 150,
        valueGetter: (_value, row) => (row.departmentId === null ? '' : (departmentsById.get(row.departmentId) ?? '')),
      },
      {
        field: 'active',
        headerName: t('columns.status'),
        width: 130,
        renderCell: ({ row }) => {
          const locked = row.lockedUntil !== null && row.lockedUntil > Date.now();
          return (
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
              {locked ? (
                <Tooltip title={t('lockedUntil', { time: format.dateTime(row.lockedUntil) })}>
                  <Chip size="small" color="warning" label={t('locked')} />
                </Tooltip>
              ) : (
                <Chip
                  size="small"
                  color={row.active ? 'success' : 'default'}
                  variant={row.active ? 'outlined' : 'filled'}
                  label={t(row.active ? 'common:status.active' : 'common:status.inactive')}
                />
              )}
            </Stack>
          );
        },
      },
      {
        field: 'lastLoginAt',
        headerName: t('columns.lastLogin'),
        width: 160,
        valueFormatter: (value: number | null) => (value == null ? t('common:status.never') : format.dateTime(value)),
      },
      {
        field: 'actions',
        headerName: t('columns.actions'),
        width: 100,
        sortable: false,
        filterable: false,
        renderCell: ({ row }) => (
          <Stack direction="row" sx={{ alignItems: 'center', height: '100%' }}>
            <Tooltip title={t('common:actions.edit')}>
              <IconButton size="small" onClick={() => setEditing({ kind: 'edit', user: row })} aria-label={t('common:actions.edit')} data-testid={`edit-user-${row.username}`}>
                <EditOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title={t('resetPassword')}>
              <IconButton size="small" onClick={() => setEditing({ kind: 'reset', user: row })} aria-label={t('resetPassword')} data-testid={`reset-user-${row.username}`}>
                <LockResetOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
        ),
      },
    ],
    [t, format, departmentsById],
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <TextField
              size="small"
              type="search"
              label={t('find')}
              value={find}
              onChange={(event) => setFind(event.target.value)}
              sx={{ width: 240 }}
              slotProps={{ htmlInput: { 'data-testid': 'users-find' } }}
            />
            <FormControlLabel
              control={<Switch size="small" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />}
              label={t('showInactive')}
              slotProps={{ typography: { variant: 'body2' } }}
            />
            <Button variant="contained" startIcon={<PersonAddOutlined />} onClick={() => setEditing({ kind: 'create' })} data-testid="create-user">
              {t('create')}
            </Button>
          </>
        }
      />
      {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      <Paper variant="outlined" data-testid="users-grid">
        <DataGrid
          rows={shown}
          columns={columns}
          loading={users.isPending}
          getRowId={(row) => row.id}
          onRowDoubleClick={({ row }) => setEditing({ kind: 'edit', user: row })}
          disableRowSelectionOnClick
          autoHeight
          rowHeight={44}
          columnHeaderHeight={44}
          pageSizeOptions={[25, 50, 100]}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
          sx={{ border: 0 }}
        />
      </Paper>
      {editing?.kind === 'create' && <UserDialog user={null} departments={departments.data?.items ?? []} onClose={() => setEditing(null)} />}
      {editing?.kind === 'edit' && (
        <UserDialog user={editing.user} departments={departments.data?.items ?? []} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'reset' && <ResetPasswordDialog user={editing.user} onClose={() => setEditing(null)} />}
    </>
  );
}
