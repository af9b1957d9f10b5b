// One complaint form (/complaints/:id): both parts as on paper, the deadline of the routed work, the reason it was last
// sent back, the route so far; and exactly the steps the form's state and the user's roles allow, each in a dialog.
// After filing a form filled from a request still open, the one who filed it is asked whether to close the request.
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { api, mayCall } from '../../../../shared/api';
import type { Complaint } from '../../../../shared/api/complaints';
import { mayCloseRequestAfterFiling } from '../../../../shared/complaints/request-progress';
import type { ComplaintStep } from '../../../../shared/complaints/route';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ApiCallError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { CloseRequestDialog } from './CloseRequestDialog';
import { ComplaintHistory } from './ComplaintHistory';
import { ComplaintParts } from './ComplaintParts';
import { offeredSteps } from './offered';
import { DeadlineStatus, ComplaintStateChip, routeText } from './parts';
import { AssignDialog, OpinionDialog, RouteDialog } from './RouteDialogs';
import { SignDialog } from './SignDialog';
import { FileDialog, ReplyDialog, ResubmitDialog, ResultDialog, ReturnDialog, ReviewDialog, SendDialog, type StepDialogProps } from './StepDialogs';

const DIALOGS: Record<ComplaintStep, (props: StepDialogProps) => ReactNode> = {
  review: ReviewDialog,
  resubmit: ResubmitDialog,
  route: RouteDialog,
  recordResult: ResultDialog,
  sign: SignDialog,
  send: SendDialog,
  recordOpinion: OpinionDialog,
  assignReply: AssignDialog,
  recordReply: ReplyDialog,
  file: FileDialog,
  returnForCorrection: ReturnDialog,
};

/** Whose desk the form is on now, when it is not mine: said instead of buttons. */
function waitingFor(complaint: Complaint): string {
  return `waiting.${complaint.state}`;
}

export function ComplaintPage() {
  const { t, i18n } = useTranslation(['complaints', 'questions', 'common']);
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const query = useApiQuery('complaints.get', { id: valid ? id : 1 }, { enabled: valid });
  const [open, setOpen] = useState<ComplaintStep | null>(null);
  const [offerClose, setOfferClose] = useState<Complaint | null>(null);
  usePageTitle(query.data?.number ?? null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such complaint form' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  const steps = offeredSteps(c, me);
  const mayPrint = mayCall(api['complaints.register'].access, me.roles);
  const Dialog = open ? DIALOGS[open] : null;
  const overdue = c.deadline !== null && c.deadline.late && c.deadline.doneAt === null;

  return (
    <Stack spacing={2} data-testid="complaint-page">
      <BackLink to="/complaints">{t('back')}</BackLink>
      <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" component="h1" data-testid="page-title">
          {t('pageTitle')}{' '}
          <Box component="span" sx={{ fontFamily: 'monospace' }}>
            {c.number}
          </Box>
        </Typography>
        <ComplaintStateChip state={c.state} size="medium" />
        {overdue && <Chip size="small" color="error" label={t('common:deadline.overdue')} data-testid="complaint-overdue" />}
        <Box sx={{ flex: 1 }} />
        {steps.map((step) => (
          <Button
            key={step}
            variant={step === 'returnForCorrection' ? 'outlined' : 'contained'}
            color={step === 'returnForCorrection' ? 'warning' : 'primary'}
            onClick={() => setOpen(step)}
            data-testid={`complaint-action-${step}`}
          >
            {t(`actions.${step}`)}
          </Button>
        ))}
        {mayPrint && (
          <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => void navigate(`/complaints/${c.id}/print`)} data-testid="complaint-print">
            {t('actions.print')}
          </Button>
        )}
      </Stack>
      <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="body2" color="text.secondary">
          {t('labelled', { label: t('fields.customer') })}
          <Link component={RouterLink} to={`/customers/${c.customerId}`} underline="hover">
            {c.customerName}
          </Link>
        </Typography>
        {c.requestId !== null && (
          <Typography variant="body2" color="text.secondary">
            {t('labelled', { label: t('fields.request') })}
            <Link component={RouterLink} to={`/requests/${c.requestId}`} underline="hover" sx={{ fontFamily: 'monospace' }} data-testid="complaint-request-link">
              {c.requestNumber}
            </Link>
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {t('labelled', { label: t('fields.receivedAt') })}{format.dateTime(c.part1.receivedAt)}
        </Typography>
      </Stack>
      {steps.length === 0 && c.state !== 'filed' && (
        <Typography variant="body2" color="text.secondary" data-testid="complaint-waiting">
          {t(waitingFor(c), { name: c.part1.replyAgentName ?? '' })}
        </Typography>
      )}
      {c.returned && (
        <Alert severity="warning" data-testid="complaint-returned">
          <AlertTitle>{t('returned.title', { by: c.returned.byName ?? '', at: format.dateTime(c.returned.at) })}</AlertTitle>
          <Box sx={{ whiteSpace: 'pre-wrap' }}>{c.returned.reason}</Box>
        </Alert>
      )}
      {c.deadline !== null && (
        <Paper variant="outlined" sx={{ px: 2, py: 1.25 }} data-testid="complaint-deadline">
          <Stack direction="row" spacing={3} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t(c.part1.route === 'internal' ? 'deadline.internal' : 'deadline.transfer')}
            </Typography>
            <DeadlineStatus deadline={c.deadline} testId="complaint-deadline-status" />
            <Typography variant="body2" color="text.secondary">
              {routeText(t, c.part1.route, c.part1.unit, i18n.language)}
            </Typography>
            {c.deadline.doneAt !== null && (
              <Typography variant="body2" color="text.secondary">
                {t('deadline.doneAt', { at: format.dateTime(c.deadline.doneAt) })}
              </Typography>
            )}
          </Stack>
        </Paper>
      )}
      <ComplaintParts complaint={c} />
      <ComplaintHistory steps={c.steps} />
      {open === 'file' ? (
        <FileDialog complaint={c} onClose={() => setOpen(null)} onFiled={(filed) => mayCloseRequestAfterFiling(filed.requestState) && setOfferClose(filed)} />
      ) : (
        Dialog && <Dialog complaint={c} onClose={() => setOpen(null)} />
      )}
      {offerClose && <CloseRequestDialog complaint={offerClose} onClose={() => setOfferClose(null)} />}
    </Stack>
  );
}
