// 客户建议记录单: the suggestions, newest first (or the late ones, oldest due first), by state and department.
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
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
import { SUGGESTION_STATES, type SuggestionState } from '../../../../shared/suggestions/workflow';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { LATE_ROW } from '../questions/QuestionsPage';
import { DepartmentSelect, DueText } from '../questions/parts';
import { departmentNameOf } from '../departments/names';
import { SuggestionDialog } from './SuggestionDialog';
import { SuggestionStateChip } from './SuggestionStateChip';

const PAGE_SIZE = 50;

export function SuggestionsPage() {
  const { t, i18n } = useTranslation(['suggestions', 'questions', 'requests', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const [state, setState] = useState<SuggestionState | ''>('');
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const mayRecord = mayCall(api['suggestions.create'].access, me.roles);
  const input: ApiInput<'suggestions.list'> = {
    limit: PAGE_SIZE,
    ...(state !== '' && { state }),
    ...(departmentId !== '' && { departmentId }),
    ...(overdue && { overdue: true }),
  };
  const list = useInfiniteQuery({
    queryKey: ['suggestions.list', input],
    queryFn: ({ pageParam }) => call('suggestions.list', pageParam ? { ...input, after: pageParam } : input),
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
          mayRecord && (
            <Button variant="contained" startIcon={<RateReviewOutlined />} onClick={() => setCreating(true)} data-testid="suggestion-create">
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
          <TextField
            select
            label={t('questions:list.state')}
            value={state}
            onChange={(event) => setState(event.target.value as SuggestionState | '')}
            sx={{ width: 150 }}
            fullWidth={false}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            data-testid="filter-state"
          >
            <MenuItem value="">{t('questions:list.any')}</MenuItem>
            {SUGGESTION_STATES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`states.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <DepartmentSelect label={t('fields.department')} value={departmentId} onChange={setDepartmentId} anyLabel={t('questions:list.any')} testId="filter-department" width={180} />
          <FormControlLabel control={<Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="filter-overdue" />} label={t('questions:list.overdueOnly')} />
        </Stack>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <TableContainer component={Paper} variant="outlined" data-testid="suggestions-grid">
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('fields.number')}</TableCell>
                <TableCell>{t('fields.content')}</TableCell>
                <TableCell sx={{ width: 170 }}>{t('questions:fields.caller')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('fields.channel')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('fields.department')}</TableCell>
                <TableCell sx={{ width: 150 }}>{t('fields.recordedAt')}</TableCell>
                <TableCell sx={{ width: 200 }}>{t('fields.dueAt')}</TableCell>
                <TableCell sx={{ width: 100 }}>{t('fields.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} hover sx={row.overdue ? LATE_ROW : undefined} onDoubleClick={() => void navigate(`/suggestions/${row.id}`)} data-testid={`suggestion-row-${row.number}`}>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                    <Link component={RouterLink} to={`/suggestions/${row.id}`} underline="hover">
                      {row.number}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                      {row.content}
                    </Typography>
                  </TableCell>
                  <TableCell>{[row.callerName, row.customerName].filter(Boolean).join(' · ')}</TableCell>
                  <TableCell>{t(`requests:channels.${row.channel}`)}</TableCell>
                  <TableCell>{departmentNameOf(row, i18n.language) ?? ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(row.recordedAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <DueText dueAt={row.dueAt} overdue={row.overdue} />
                  </TableCell>
                  <TableCell>
                    <SuggestionStateChip state={row.state} />
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
        <Box>
          {list.hasNextPage && (
            <Button variant="outlined" size="small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {t('common:actions.loadMore')}
            </Button>
          )}
        </Box>
      </Stack>
      {creating && <SuggestionDialog onClose={() => setCreating(false)} onCreated={(created) => void navigate(`/suggestions/${created.id}`)} />}
    </>
  );
}
