// 部门: departments and higher-level offices (上级单位), the targets of routing.
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useApiQuery } from '../../lib/queries';
import { DepartmentDialog } from './DepartmentDialog';

export function DepartmentsPage() {
  const { t } = useTranslation(['departments', 'common']);
  const notify = useNotify();
  const departments = useApiQuery('departments.list', { includeInactive: true });
  const [editing, setEditing] = useState<{ department: Department | null } | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const toggleActive = async (department: Department) => {
    setBusyId(department.id);
    try {
      await call('departments.update', { id: department.id, version: department.version, active: !department.active });
      notify(t('updated', { name: department.name }));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  const columns: GridColDef<Department>[] = [
      { field: 'name', headerName: t('columns.name'), flex: 1, minWidth: 160 },
      { field: 'nameEn', headerName: t('columns.nameEn'), flex: 1, minWidth: 160 },
      {
        field: 'kind',
        headerName: t('columns.kind'),
        width: 150,
        valueGetter: (_value, row) => t(`kinds.${row.kind}`),
      },
      {
        field: 'active',
        headerName: t('columns.status'),
        width: 110,
        renderCell: ({ row }) => (
          <Chip
            size="small"
            color={row.active ? 'success' : 'default'}
            variant={row.active ? 'outlined' : 'filled'}
            label={t(row.active ? 'common:status.active' : 'common:status.inactive')}
          />
        ),
      },
      {
        field: 'actions',
        headerName: t('columns.actions'),
        width: 160,
        sortable: false,
        filterable: false,
        renderCell: ({ row }) => (
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
            <Tooltip title={t('common:actions.edit')}>
              <IconButton size="small" aria-label={t('common:actions.edit')} onClick={() => setEditing({ department: row })}>
                <EditOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
            <Button size="small" disabled={busyId === row.id} onClick={() => void toggleActive(row)}>
              {t(row.active ? 'deactivate' : 'activate')}
            </Button>
          </Stack>
        ),
      },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing({ department: null })} data-testid="create-department">
            {t('create')}
          </Button>
        }
      />
      {departments.isError && <QueryError error={departments.error} onRetry={() => void departments.refetch()} />}
      <Paper variant="outlined" data-testid="departments-grid">
        <DataGrid
          rows={departments.data?.items ?? []}
          columns={columns}
          loading={departments.isPending}
          onRowDoubleClick={({ row }) => setEditing({ department: row })}
          disableRowSelectionOnClick
          autoHeight
          rowHeight={44}
          columnHeaderHeight={44}
          hideFooter={(departments.data?.items.length ?? 0) <= 100}
          sx={{ border: 0 }}
        />
      </Paper>
      {editing && <DepartmentDialog department={editing.department} onClose={() => setEditing(null)} />}
    </>
  );
}
