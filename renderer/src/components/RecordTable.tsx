// The list of a numbered record (疑难问题记录表, 客户建议记录单, 客户投诉联系书): the number links to the record and a double
// click opens it, late rows are tinted, an empty list says so, and "load more" reads the next page.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { LoadingBlock } from './LoadingBlock';
import { QueryError } from './QueryError';

/** The tint of a row whose deadline has passed. */
export const LATE_ROW = { bgcolor: 'rgba(211, 47, 47, 0.07)' };

export interface RecordColumn<Row> {
  header: ReactNode;
  /** In px; a column without one takes the room the others leave. */
  width?: number;
  /** In px: the room a column of text keeps while the others give way (they shrink to their content first). */
  minWidth?: number;
  /** Header and cells on one line. */
  nowrap?: boolean;
  cell: (row: Row) => ReactNode;
  /** Plain style values for the column's cells (not the header). */
  cellSx?: Record<string, string | number>;
}

/** What the table needs of the list's query (useApiPages). */
export interface RecordPages {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function RecordTable<Row extends { id: number; number: string; overdue: boolean }>({
  pages,
  rows,
  numberHeader,
  columns,
  pathOf,
  testId,
  rowTestId,
  empty,
}: {
  pages: RecordPages;
  rows: readonly Row[];
  numberHeader: ReactNode;
  columns: ReadonlyArray<RecordColumn<Row>>;
  /** Where a row's record opens. */
  pathOf: (row: Row) => string;
  testId: string;
  /** Each row is `${rowTestId}-${number}`. */
  rowTestId: string;
  empty: { text: string; testId?: string };
}) {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  return (
    <>
      {pages.isError && <QueryError error={pages.error} onRetry={() => void pages.refetch()} />}
      <TableContainer component={Paper} variant="outlined" data-testid={testId}>
        {/* Tighter cells than MUI's small size: eight columns must fit a 1366-pixel screen beside the menu. */}
        <Table size="small" sx={{ '& th, & td': { px: 1.25 } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 150 }}>{numberHeader}</TableCell>
              {columns.map((column, i) => (
                <TableCell
                  key={i}
                  sx={{
                    ...(column.width !== undefined && { width: column.width }),
                    ...(column.minWidth !== undefined && { minWidth: column.minWidth }),
                    ...(column.nowrap && { whiteSpace: 'nowrap' }),
                  }}
                >
                  {column.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow
                key={row.id}
                hover
                sx={row.overdue ? LATE_ROW : undefined}
                onDoubleClick={() => void navigate(pathOf(row))}
                data-testid={`${rowTestId}-${row.number}`}
                data-overdue={row.overdue ? 'true' : 'false'}
              >
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={pathOf(row)} underline="hover">
                    {row.number}
                  </Link>
                </TableCell>
                {columns.map((column, i) => (
                  <TableCell key={i} sx={{ ...(column.nowrap && { whiteSpace: 'nowrap' }), ...column.cellSx }}>
                    {column.cell(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            {!pages.isPending && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns.length + 1}>
                  <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }} data-testid={empty.testId}>
                    {empty.text}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        {pages.isPending && <LoadingBlock />}
      </TableContainer>
      <Box>
        {pages.hasNextPage && (
          <Button variant="outlined" size="small" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {t('actions.loadMore')}
          </Button>
        )}
      </Box>
    </>
  );
}

/** A cell's text cut to two lines (a question, a suggestion). */
export function TwoLines({ children, title }: { children: ReactNode; /** The whole text, on hover, when it is cut. */ title?: string }) {
  return (
    <Typography variant="body2" title={title} sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
      {children}
    </Typography>
  );
}
