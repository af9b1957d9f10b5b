// 疑难问题记录表: the records, newest first (or the late ones, oldest due first), by state and department; late
// records highlighted. An agent opens a new one here or from the call form.
import AddCommentOutlined from '@mui/icons-material/AddCommentOutlined';
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
import { QUESTION_STATES, type QuestionState } from '../../../../shared/questions/workflow';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { departmentNameOf } from '../departments/names';
import { QuestionDialog } from './QuestionDialog';
import { QuestionStateChip } from './QuestionStateChip';
import { DepartmentSelect, DueText } from './parts';

const PAGE_SIZE = 50;
export const LATE_ROW = { bgcolor: 'rgba(211, 47, 47, 0.07)' };

export function QuestionsPage() {
  const { t, i18n } = useTranslation(['questions', 'common']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const [state, setState] = useState<QuestionState | ''>('');
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const mayOpen = mayCall(api['questions.create'].access, me.roles);
  const input: ApiInput<'questions.list'> = {
    limit: PAGE_SIZE,
    ...(state !== '' && { state }),
    ...(departmentId !== '' && { departmentId }),
    ...(overdue && { overdue: true }),
  };
  const list = useInfiniteQuery({
    queryKey: ['questions.list', input],
    queryFn: ({ pageParam }) => call('questions.list', pageParam ? { ...input, after: pageParam } : input),
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
          mayOpen && (
            <Button variant="contained" startIcon={<AddCommentOutlined />} onClick={() => setCreating(true)} data-testid="question-create">
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }} data-testid="question-filters">
          <TextField
            select
            label={t('list.state')}
            value={state}
            onChange={(event) => setState(event.target.value as QuestionState | '')}
            sx={{ width: 150 }}
            fullWidth={false}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            data-testid="filter-state"
          >
            <MenuItem value="">{t('list.any')}</MenuItem>
            {QUESTION_STATES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`states.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <DepartmentSelect label={t('fields.department')} value={departmentId} onChange={setDepartmentId} anyLabel={t('list.any')} testId="filter-department" width={180} />
          <FormControlLabel
            control={<Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="filter-overdue" />}
            label={t('list.overdueOnly')}
          />
        </Stack>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <TableContainer component={Paper} variant="outlined" data-testid="questions-grid">
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('fields.number')}</TableCell>
                <TableCell>{t('fields.question')}</TableCell>
                <TableCell sx={{ width: 170 }}>{t('fields.caller')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('fields.department')}</TableCell>
                <TableCell sx={{ width: 150 }}>{t('fields.openedAt')}</TableCell>
                <TableCell sx={{ width: 200 }}>{t('fields.dueAt')}</TableCell>
                <TableCell sx={{ width: 100 }}>{t('fields.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow
                  key={row.id}
                  hover
                  sx={row.overdue ? LATE_ROW : undefined}
                  onDoubleClick={() => void navigate(`/questions/${row.id}`)}
                  data-testid={`question-row-${row.number}`}
                  data-overdue={row.overdue ? 'true' : 'false'}
                >
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                    <Link component={RouterLink} to={`/questions/${row.id}`} underline="hover">
                      {row.number}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                      {row.question}
                    </Typography>
                  </TableCell>
                  <TableCell>{[row.callerName, row.customerName].filter(Boolean).join(' · ')}</TableCell>
                  <TableCell>{departmentNameOf(row, i18n.language)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(row.openedAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <DueText dueAt={row.dueAt} overdue={row.overdue} />
                  </TableCell>
                  <TableCell>
                    <QuestionStateChip state={row.state} />
                  </TableCell>
                </TableRow>
              ))}
              {!list.isPending && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7}>
                    <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }} data-testid="questions-empty">
                      {overdue ? t('list.noneOverdue') : t('list.empty')}
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
      {creating && <QuestionDialog onClose={() => setCreating(false)} onCreated={(created) => void navigate(`/questions/${created.id}`)} />}
    </>
  );
}
