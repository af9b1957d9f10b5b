// 客户投诉联系书: the complaint forms, newest first (the late ones oldest due first), by state and unit, the late ones
// only, or those given to me to reply to the customer; page by page.
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { api, mayCall, type ApiInput } from '../../../../shared/api';
import { COMPLAINT_STATES, type ComplaintState } from '../../../../shared/complaints/route';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments/names';
import { LATE_ROW } from '../questions/QuestionsPage';
import { DueText } from '../questions/parts';
import { ComplaintDialog } from './ComplaintDialog';
import { ComplaintStateChip, unitName } from './parts';

const PAGE_SIZE = 50;

/** Every unit a form can be routed to: the departments and the higher-level office. */
function UnitFilter({ value, onChange }: { value: number | ''; onChange: (id: number | '') => void }) {
  const { t, i18n } = useTranslation('complaints');
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  const units = (departments.data?.items ?? []).filter((d) => d.active);
  return (
    <TextField
      select
      label={t('fields.unit')}
      value={units.some((u) => u.id === value) ? value : ''}
      onChange={(event) => onChange(event.target.value === '' ? '' : Number(event.target.value))}
      sx={{ width: 200 }}
      fullWidth={false}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      data-testid="filter-unit"
    >
      <MenuItem value="">{t('list.any')}</MenuItem>
      {units.map((unit) => (
        <MenuItem key={unit.id} value={unit.id}>
          {departmentName(unit, i18n.language)}
          {unit.kind === 'higher_level' && (
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              {t('list.higherLevel')}
            </Typography>
          )}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function ComplaintsPage() {
  const { t, i18n } = useTranslation(['complaints', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const [state, setState] = useState<ComplaintState | ''>('');
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [filling, setFilling] = useState(false);
  const mayFill = mayCall(api['complaints.create'].access, me.roles);
  const mayPrint = mayCall(api['complaints.register'].access, me.roles);
  const mayReply = me.roles.includes('agent');
  const input: ApiInput<'complaints.list'> = {
    limit: PAGE_SIZE,
    ...(state !== '' && { state }),
    ...(departmentId !== '' && { departmentId }),
    ...(overdue && { overdue: true }),
    ...(mine && mayReply && { mine: true }),
  };
  const list = useInfiniteQuery({
    queryKey: ['complaints.list', input],
    queryFn: ({ pageParam }) => call('complaints.list', pageParam ? { ...input, after: pageParam } : input),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 60_000,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            {mayPrint && (
              <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => void navigate('/complaints/register')} data-testid="complaint-register">
                {t('list.register')}
              </Button>
            )}
            {mayFill && (
              <Button variant="contained" startIcon={<PostAddOutlined />} onClick={() => setFilling(true)} data-testid="complaint-create">
                {t('fill.action')}
              </Button>
            )}
          </>
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
          <TextField
            select
            label={t('fields.state')}
            value={state}
            onChange={(event) => setState(event.target.value as ComplaintState | '')}
            sx={{ width: 190 }}
            fullWidth={false}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            data-testid="filter-state"
          >
            <MenuItem value="">{t('list.any')}</MenuItem>
            {COMPLAINT_STATES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`states.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <UnitFilter value={departmentId} onChange={setDepartmentId} />
          <FormControlLabel control={<Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="filter-overdue" />} label={t('list.overdueOnly')} />
          {mayReply && (
            <FormControlLabel control={<Checkbox checked={mine} onChange={(event) => setMine(event.target.checked)} data-testid="filter-mine" />} label={t('list.mine')} />
          )}
        </Stack>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <TableContainer component={Paper} variant="outlined" data-testid="complaints-grid">
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('fields.number')}</TableCell>
                <TableCell>{t('list.customerAndComplaint')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('fields.receivedAt')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('list.unitAndRoute')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('fields.dueAt')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('fields.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} hover sx={row.overdue ? LATE_ROW : undefined} onDoubleClick={() => void navigate(`/complaints/${row.id}`)} data-testid={`complaint-row-${row.number}`}>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                    <Link component={RouterLink} to={`/complaints/${row.id}`} underline="hover">
                      {row.number}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 0, width: '100%' }}>
                    <Typography variant="body2" noWrap>
                      {row.customerName}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" component="div" noWrap title={row.content}>
                      {t('list.complainantSays', { name: row.complainant, content: row.content })}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(row.receivedAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {row.route === null ? (
                      <Typography variant="body2" color="text.secondary">
                        {t('list.notRouted')}
                      </Typography>
                    ) : (
                      <>
                        <Typography variant="body2">{unitName(row.unit, i18n.language) || t('steps.route.theCenter')}</Typography>
                        <Typography variant="caption" color="text.secondary" component="div">
                          {t(`routes.${row.route}`)}
                        </Typography>
                      </>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <DueText dueAt={row.dueAt} overdue={row.overdue} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <ComplaintStateChip state={row.state} />
                  </TableCell>
                </TableRow>
              ))}
              {!list.isPending && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6}>
                    <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }} data-testid="complaints-empty">
                      {t('list.empty')}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          {list.isPending && <LoadingBlock />}
        </TableContainer>
        <Box>
          {list.hasNextPage && (
            <Button variant="outlined" size="small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {t('common:actions.loadMore')}
            </Button>
          )}
        </Box>
      </Stack>
      {filling && <ComplaintDialog onClose={() => setFilling(false)} onCreated={(created) => void navigate(`/complaints/${created.id}`)} />}
    </>
  );
}
