// The customers, page by page (keyset: "load more" asks for the page after the last row), sorted and filtered.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { CUSTOMER_KINDS, CUSTOMER_SORTS, type ApiInput, type CustomerKind } from '../../../../shared/api';
import { WARRANTY_STATUSES, type WarrantyStatus } from '../../../../shared/customers/dates';
import { ANY, FilterSelect } from '../../components/FilterSelect';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { phoneText } from '../../lib/phone';
import { useApiPages, useApiQuery } from '../../lib/queries';
import { ExportCustomersButton } from '../export';

const PAGE_SIZE = 50;
type Sort = (typeof CUSTOMER_SORTS)[number];
const FILTERABLE_WARRANTY = WARRANTY_STATUSES.filter((status) => status !== 'unknown');

interface Filters {
  sort: Sort;
  region: string;
  kind: CustomerKind | typeof ANY;
  active: 'active' | 'inactive' | typeof ANY;
  warrantyStatus: WarrantyStatus | typeof ANY;
}

function listInput(filters: Filters): ApiInput<'customers.list'> {
  return {
    sort: filters.sort,
    limit: PAGE_SIZE,
    ...(filters.region !== ANY && { region: filters.region }),
    ...(filters.kind !== ANY && { kind: filters.kind }),
    ...(filters.active !== ANY && { active: filters.active === 'active' }),
    ...(filters.warrantyStatus !== ANY && { warrantyStatus: filters.warrantyStatus }),
  };
}

export function CustomerList() {
  const { t } = useTranslation(['customers', 'equipment', 'common']);
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({ sort: 'name', region: ANY, kind: ANY, active: 'active', warrantyStatus: ANY });
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const regions = useApiQuery('customers.regions', {});
  const input = listInput(filters);
  const { list, rows } = useApiPages('customers.list', input);

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, alignItems: 'center' }} data-testid="customer-filters">
        <FilterSelect
          label={t('list.region')}
          value={filters.region}
          onChange={set('region')}
          anyLabel={t('list.any')}
          options={(regions.data?.items ?? []).map((region) => ({ value: region, label: region }))}
          testId="filter-region"
        />
        <FilterSelect
          label={t('list.kind')}
          value={filters.kind}
          onChange={set('kind')}
          anyLabel={t('list.any')}
          options={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          testId="filter-kind"
          width={120}
        />
        <FilterSelect
          label={t('list.status')}
          value={filters.active}
          onChange={set('active')}
          anyLabel={t('list.any')}
          options={(['active', 'inactive'] as const).map((value) => ({ value, label: t(`status.${value}`) }))}
          testId="filter-active"
          width={120}
        />
        <FilterSelect
          label={t('list.warranty')}
          value={filters.warrantyStatus}
          onChange={set('warrantyStatus')}
          anyLabel={t('list.any')}
          options={FILTERABLE_WARRANTY.map((status) => ({ value: status, label: t(`equipment:warranty.status.${status}`) }))}
          testId="filter-warranty"
          width={160}
        />
        <Box sx={{ flex: 1 }} />
        <ExportCustomersButton filters={input} />
        <FilterSelect
          label={t('list.sort')}
          value={filters.sort}
          onChange={(value) => set('sort')(value === ANY ? 'name' : value)}
          options={CUSTOMER_SORTS.map((sort) => ({ value: sort, label: t(`list.sorts.${sort}`) }))}
          testId="filter-sort"
          width={150}
        />
      </Stack>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <TableContainer component={Paper} variant="outlined" data-testid="customers-grid">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 110 }}>{t('fields.code')}</TableCell>
              <TableCell>{t('fields.name')}</TableCell>
              <TableCell sx={{ width: 70 }}>{t('fields.kind')}</TableCell>
              <TableCell sx={{ width: 90 }}>{t('fields.region')}</TableCell>
              <TableCell sx={{ width: 110 }}>{t('fields.primaryContact')}</TableCell>
              <TableCell sx={{ width: 160 }}>{t('fields.primaryPhone')}</TableCell>
              <TableCell sx={{ width: 80 }} align="right">
                {t('fields.equipmentCount')}
              </TableCell>
              <TableCell sx={{ width: 90 }}>{t('fields.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} hover onDoubleClick={() => void navigate(`/customers/${row.id}`)} data-testid={`customer-row-${row.code}`}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{row.code}</TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/customers/${row.id}`} underline="hover" data-testid={`customer-link-${row.code}`}>
                    {row.name}
                  </Link>
                </TableCell>
                <TableCell>{t(`kinds.${row.kind}`)}</TableCell>
                <TableCell>{row.region}</TableCell>
                <TableCell>{row.primaryContact}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.primaryPhone && phoneText(t, row.primaryPhone, row.primaryExtension)}</TableCell>
                <TableCell align="right">{row.equipmentCount}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={row.active ? 'success' : 'default'}
                    variant={row.active ? 'outlined' : 'filled'}
                    label={t(row.active ? 'status.active' : 'status.inactive')}
                  />
                </TableCell>
              </TableRow>
            ))}
            {!list.isPending && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>
                  <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                    {t('list.empty')}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        {list.isPending && <LoadingBlock />}
      </TableContainer>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" data-testid="customers-shown">
          {t('list.shown', { count: rows.length })}
        </Typography>
        {list.hasNextPage && (
          <Button variant="outlined" size="small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage} data-testid="customers-load-more">
            {t('common:actions.loadMore')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
