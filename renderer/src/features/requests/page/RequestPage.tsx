// A request's page (/requests/:id): number, state, kind and priority; the call, the customer and equipment; what the
// caller reported of a fault; the deadlines; who works on it; the steps allowed now; a fault's work orders (派工);
// notes and progress messages; the service log.
import EditOutlined from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { BackLink } from '../../../components/BackLink';
import { api, mayCall } from '../../../../../shared/api';
import type { RequestPage as RequestPageData } from '../../../../../shared/api/requests';
import { isOpen } from '../../../../../shared/requests/lifecycle';
import { useCurrentUser } from '../../../app/session';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { usePageTitle } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { ApiCallError } from '../../../lib/api';
import { useApiQuery } from '../../../lib/queries';
import { RequestComplaints } from '../../complaints';
import { RequestWorkOrders } from '../../work-orders';
import { ActionsBar } from './ActionsBar';
import { FollowUpButtons } from './FollowUpButtons';
import { KindChip, PriorityChip, StateChip } from '../chips';
import { DeadlinesCard } from './DeadlinesCard';
import { EditRequestDialog } from './EditRequestDialog';
import { LogEntryForm } from './LogEntryForm';
import { CallerCard, FaultCard, WorkCard } from './RequestDetails';
import { ServiceLog } from './ServiceLog';
import { useDepartmentNames } from '../useDepartments';

function Header({ page, onEdit }: { page: RequestPageData; onEdit: (() => void) | null }) {
  const { t } = useTranslation(['requests', 'common']);
  const { request } = page;
  usePageTitle(request.number);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography variant="h1" component="h1" sx={{ fontFamily: 'monospace' }} data-testid="page-title">
            {request.number}
          </Typography>
          <StateChip state={request.state} size="medium" />
          <KindChip kind={request.kind} />
          <PriorityChip priority={request.priority} />
          {request.complex && <Chip size="small" variant="outlined" color="secondary" label={t('page.complex')} data-testid="request-complex" />}
        </Stack>
        <Typography variant="subtitle1" sx={{ mt: 0.75 }} data-testid="request-subject">
          {request.subject}
        </Typography>
        {request.state === 'on_hold' && request.heldState && (
          <Typography variant="body2" color="text.secondary">
            {t('page.heldFrom', { state: t(`states.${request.heldState}`) })}
          </Typography>
        )}
      </Box>
      {onEdit && (
        <Button variant="outlined" startIcon={<EditOutlined />} onClick={onEdit} sx={{ flexShrink: 0 }} data-testid="request-edit">
          {t('common:actions.edit')}
        </Button>
      )}
    </Stack>
  );
}

export function RequestPage() {
  const { t } = useTranslation(['requests', 'common']);
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const me = useCurrentUser();
  const departmentName = useDepartmentNames();
  const query = useApiQuery('requests.get', { id: valid ? id : 1 }, { enabled: valid });
  const [editing, setEditing] = useState(false);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such request' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const page = query.data;
  const { request } = page;
  const editable = isOpen(request.state) && mayCall(api['requests.update'].access, me.roles);

  return (
    <Stack spacing={2} data-testid="request-page">
      <BackLink to="/requests">{t('page.back')}</BackLink>
      <Header page={page} onEdit={editable ? () => setEditing(true) : null} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
        <ActionsBar request={request} />
        <FollowUpButtons request={request} />
      </Stack>
      {request.state === 'awaiting_confirmation' && (
        <Alert severity="info" data-testid="request-awaiting">
          {t('page.awaitingHelp')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 5fr) minmax(0, 7fr)' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <CallerCard request={request} />
          <FaultCard request={request} />
        </Stack>
        <Stack spacing={2}>
          <DeadlinesCard request={request} breaches={page.breaches} />
          <WorkCard request={request} departmentName={request.departmentId === null ? null : departmentName(request.departmentId)} />
        </Stack>
      </Box>
      <RequestWorkOrders request={request} />
      <RequestComplaints request={request} />
      <LogEntryForm request={request} />
      <ServiceLog log={page.log} departmentName={departmentName} />
      {editing && <EditRequestDialog request={request} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
