// The rows as they will be read, and every row that will not be imported with its reasons.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportRowProblem } from '../../../../shared/api/import';
import type { UiLanguage } from '../../../../shared/i18n/resources';
import { gridLocaleText } from '../../app/theme';
import { fieldLabel } from './files';

type SampleRow = { row: number; values: Partial<Record<string, string>> };

/** Columns wider than the rest: names and addresses. */
const WIDE = new Set(['customer.name', 'customer.address', 'part.name']);

export function SampleTable({
  sample,
  mapping,
  invalidRows,
  language,
  fields = IMPORT_FIELDS,
}: {
  sample: SampleRow[];
  mapping: Partial<Record<string, number>>;
  invalidRows: ReadonlySet<number>;
  language: UiLanguage;
  /** The import's fields in order (the customers' by default). */
  fields?: readonly string[];
}) {
  const { t } = useTranslation('import');
  const columns = useMemo<GridColDef<SampleRow>[]>(
    () => [
      { field: 'row', headerName: t('sample.row'), width: 76, align: 'right', headerAlign: 'right' },
      ...fields.filter((field) => mapping[field] !== undefined).map(
        (field): GridColDef<SampleRow> => ({
          field,
          headerName: fieldLabel(field, language),
          minWidth: WIDE.has(field) ? 200 : 130,
          flex: 1,
          sortable: false,
          valueGetter: (_value, row) => row.values[field] ?? '',
        }),
      ),
    ],
    [t, mapping, language, fields],
  );
  return (
    <DataGrid
      rows={sample}
      columns={columns}
      getRowId={(row) => row.row}
      getRowClassName={({ row }) => (invalidRows.has(row.row) ? 'import-invalid' : '')}
      disableRowSelectionOnClick
      disableColumnMenu
      hideFooter
      autoHeight
      rowHeight={38}
      columnHeaderHeight={40}
      localeText={gridLocaleText(language, {})}
      sx={{ border: 0, '& .import-invalid': { bgcolor: 'rgba(211, 47, 47, 0.06)' } }}
    />
  );
}

export function InvalidRowsTable({ rows, language }: { rows: ImportRowProblem[]; language: UiLanguage }) {
  const { t } = useTranslation(['import', 'errors']);
  const issueText = useCallback(
    (issue: ImportRowProblem['issues'][number]) =>
      t('invalid.issue', { field: fieldLabel(issue.path, language), message: t(`errors:${issue.key}`, issue.params ?? {}) }),
    [t, language],
  );
  const columns = useMemo<GridColDef<ImportRowProblem>[]>(
    () => [
      {
        field: 'row',
        headerName: t('invalid.row'),
        width: 90,
        align: 'right',
        headerAlign: 'right',
        renderCell: ({ row }) => (
          <Typography variant="body2" sx={{ py: 0.75, lineHeight: 1.6 }}>
            {row.row}
          </Typography>
        ),
      },
      {
        field: 'issues',
        headerName: t('invalid.reasons'),
        flex: 1,
        sortable: false,
        valueGetter: (_value, row) => row.issues.map((issue) => issueText(issue)).join('; '),
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            {row.issues.map((issue, index) => (
              <Typography key={index} variant="body2" sx={{ lineHeight: 1.6 }}>
                {issueText(issue)}
              </Typography>
            ))}
          </Box>
        ),
      },
    ],
    [t, issueText],
  );

  return (
    <DataGrid
      rows={rows}
      columns={columns}
      getRowId={(row) => row.row}
      getRowHeight={() => 'auto'}
      disableRowSelectionOnClick
      disableColumnMenu
      autoHeight
      columnHeaderHeight={40}
      pageSizeOptions={[10, 25, 100]}
      initialState={{ pagination: { paginationModel: { pageSize: 10 } } }}
      localeText={gridLocaleText(language, {})}
      sx={{ border: 0 }}
    />
  );
}
