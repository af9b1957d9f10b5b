// One purchase request (/purchases/:id): its lines (ordered, received, outstanding, estimated amounts), the deliveries
// received with their ledger movements, who did what when; the steps its state and the user's roles allow, and print.
import EditOutlined from '@mui/icons-material/EditOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import type { PurchaseRequest } from '../../../../shared/api/purchases';
import { availablePurchaseActions, type PurchaseAction } from '../../../../shared/purchases/workflow';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { BackLink } from '../../components/BackLink';
import { LabelledValue } from '../../components/LabelledValue';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TextStepDialog } from '../../components/TextStepDialog';
import { ApiCallError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { ConfirmStepDialog } from './ConfirmStepDialog';
import { PurchaseStateChip, useAmounts } from './parts';
import { ReceiveDialog } from './ReceiveDialog';

const NUMBER = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Facts({ request: r }: { request: PurchaseRequest }) {
  const { t } = useTranslation('purchases');
  const format = useFormat();
  const by = (name: string | null, at: number | null) => [name, format.dateTime(at)].filter(Boolean).join(' · ');
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
        <LabelledValue label={t('fields.requested')}>{by(r.requestedByName, r.requestedAt)}</LabelledValue>
        {r.submittedAt !== null && <LabelledValue label={t('fields.submitted')}>{format.dateTime(r.submittedAt)}</LabelledValue>}
        {r.decidedAt !== null && <LabelledValue label={t('fields.decided')}>{by(r.decidedByName, r.decidedAt)}</LabelledValue>}
        {r.closedAt !== null && <LabelledValue label={t('fields.closed')}>{by(r.closedByName, r.closedAt)}</LabelledValue>}
      </Box>
      <Stack spacing={1.5} sx={{ mt: 2 }}>
        <LabelledValue label={t('fields.reason')} testId="purchase-reason-view">
          {r.reason}
        </LabelledValue>
        {r.rejectionReason !== '' && (
          <LabelledValue label={t('fields.rejectionReason')} testId="purchase-rejection">
            {r.rejectionReason}
          </LabelledValue>
        )}
        {r.closeReason !== '' && (
          <LabelledValue label={t('fields.closeReason')} testId="purchase-close-reason">
            {r.closeReason}
          </LabelledValue>
        )}
      </Stack>
    </Paper>
  );
}

function Lines({ request }: { request: PurchaseRequest }) {
  const { t } = useTranslation('purchases');
  const amounts = useAmounts();
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h2" component="h2" sx={{ fontSize: '1.05rem', mb: 1 }}>
        {t('sections.lines')}
      </Typography>
      <Table size="small" sx={{ '& th, & td': { px: 1 } }} data-testid="purchase-lines-view">
        <TableHead>
          <TableRow>
            <TableCell>{t('fields.code')}</TableCell>
            <TableCell>{t('fields.name')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.ordered')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.received')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.outstanding')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.onHand')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.estimatedUnitCost')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {request.lines.map((line) => (
            <TableRow key={line.partId} data-testid={`purchase-line-${line.code}`}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{line.code}</TableCell>
              <TableCell>
                {line.name}
                {line.spec && (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {line.spec}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={NUMBER}>{amounts.quantity(line.ordered, line.unit)}</TableCell>
              <TableCell sx={NUMBER} data-testid={`purchase-line-${line.code}-received`}>
                {amounts.quantity(line.received, line.unit)}
              </TableCell>
              <TableCell sx={{ ...NUMBER, fontWeight: line.outstanding > 0 ? 600 : undefined }} data-testid={`purchase-line-${line.code}-outstanding`}>
                {amounts.quantity(line.outstanding, line.unit)}
              </TableCell>
              <TableCell sx={{ ...NUMBER, color: 'text.secondary' }}>{amounts.quantity(line.onHand, line.unit)}</TableCell>
              <TableCell sx={NUMBER}>{amounts.yuan(line.estimatedUnitCostFen)}</TableCell>
              <TableCell sx={NUMBER}>{amounts.yuan(line.estimatedAmountFen)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={7} sx={{ ...NUMBER, fontWeight: 600 }}>
              {t('fields.estimatedTotal')}
            </TableCell>
            <TableCell sx={{ ...NUMBER, fontWeight: 600 }} data-testid="purchase-total-view">
              {amounts.yuan(request.estimatedTotalFen)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Paper>
  );
}

function Receipts({ request }: { request: PurchaseRequest }) {
  const { t } = useTranslation('purchases');
  const format = useFormat();
  const amounts = useAmounts();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="purchase-receipts">
      <Typography variant="h2" component="h2" sx={{ fontSize: '1.05rem', mb: 1 }}>
        {t('sections.receipts')}
        <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: '0.9rem' }}>
          {request.receipts.length}
        </Typography>
      </Typography>
      {request.receipts.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('receipts.empty')}
        </Typography>
      )}
      <Stack spacing={1.5}>
        {request.receipts.map((receipt) => (
          <Box key={receipt.id} data-testid={`purchase-receipt-${receipt.number}`}>
            <Typography variant="body2">
              <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600, mr: 1 }}>
                {receipt.number}
              </Typography>
              {t('receipts.by', { name: receipt.receivedByName ?? '', time: format.dateTime(receipt.receivedAt) })}
              {receipt.note && ` · ${receipt.note}`}
            </Typography>
            <Table size="small" sx={{ maxWidth: 860, '& th, & td': { px: 1, py: 0.5, borderBottom: 'none' } }}>
              <TableBody>
                {receipt.lines.map((line) => (
                  <TableRow key={line.movementId}>
                    <TableCell sx={{ fontFamily: 'monospace', width: 160, whiteSpace: 'nowrap' }}>{line.code}</TableCell>
                    <TableCell>{line.name}</TableCell>
                    <TableCell sx={{ ...NUMBER, width: 140 }}>{amounts.quantity(line.quantity, line.unit)}</TableCell>
                    <TableCell sx={{ ...NUMBER, width: 140 }}>{line.unitCostFen === null ? '' : amounts.yuan(line.unitCostFen)}</TableCell>
                    <TableCell sx={{ width: 100 }}>{line.reversedById !== null && <Chip size="small" color="warning" variant="outlined" label={t('receipts.reversed')} />}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}

export function PurchasePage() {
  const { t } = useTranslation('purchases');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const me = useCurrentUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const amounts = useAmounts();
  const query = useApiQuery('purchases.get', { id: valid ? id : 1 }, { enabled: valid });
  const [step, setStep] = useState<PurchaseAction | null>(null);
  usePageTitle(query.data ? t('recordTitle', { number: query.data.number }) : null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such purchase request' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  const close = () => setStep(null);
  const versioned = { id: r.id, version: r.version };
  const done = (key: string) => (saved: PurchaseRequest) => notify(t(key, { number: saved.number }));

  return (
    <Stack spacing={2} data-testid="purchase-page">
      <BackLink to="/purchases">{t('back')}</BackLink>
      <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" component="h1" data-testid="page-title">
          {t('recordTitle', { number: r.number })}
        </Typography>
        <PurchaseStateChip state={r.state} />
        <Box sx={{ flex: 1 }} />
        {availablePurchaseActions(r.state, me.roles).map((action) =>
          action === 'update' ? (
            <Button key={action} variant="outlined" startIcon={<EditOutlined />} component={RouterLink} to={`/purchases/${r.id}/edit`} data-testid="purchase-action-update">
              {t('actions.update')}
            </Button>
          ) : (
            <Button
              key={action}
              variant={action === 'reject' || action === 'closeShort' ? 'outlined' : 'contained'}
              color={action === 'reject' ? 'error' : 'primary'}
              onClick={() => setStep(action)}
              data-testid={`purchase-action-${action}`}
            >
              {t(`actions.${action}`)}
            </Button>
          ),
        )}
        <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => void navigate(`/purchases/${r.id}/print`)} data-testid="purchase-print">
          {t('actions.print')}
        </Button>
      </Stack>
      <Facts request={r} />
      <Lines request={r} />
      <Receipts request={r} />
      {step === 'submit' && (
        <ConfirmStepDialog
          method="purchases.submit"
          request={r}
          title={t('steps.submit.title', { number: r.number })}
          text={t('steps.submit.text')}
          submitLabel={t('actions.submit')}
          testId="purchase-submit-dialog"
          onClose={close}
          onSaved={done('steps.submit.done')}
        />
      )}
      {step === 'approve' && (
        <ConfirmStepDialog
          method="purchases.approve"
          request={r}
          title={t('steps.approve.title', { number: r.number })}
          text={t('steps.approve.text', { total: amounts.yuan(r.estimatedTotalFen) })}
          submitLabel={t('actions.approve')}
          testId="purchase-approve-dialog"
          onClose={close}
          onSaved={done('steps.approve.done')}
        />
      )}
      {step === 'reject' && (
        <TextStepDialog
          method="purchases.reject"
          textField="reason"
          input={(reason) => ({ ...versioned, reason })}
          title={t('steps.reject.title', { number: r.number })}
          label={t('steps.reject.label')}
          submitLabel={t('actions.reject')}
          testId="purchase-reject-dialog"
          onClose={close}
          onSaved={done('steps.reject.done')}
        />
      )}
      {step === 'closeShort' && (
        <TextStepDialog
          method="purchases.closeShort"
          textField="reason"
          input={(reason) => ({ ...versioned, reason })}
          title={t('steps.closeShort.title', { number: r.number })}
          label={t('steps.closeShort.label')}
          helperText={t('steps.closeShort.help')}
          submitLabel={t('actions.closeShort')}
          testId="purchase-close-dialog"
          onClose={close}
          onSaved={done('steps.closeShort.done')}
        />
      )}
      {step === 'receive' && (
        <ReceiveDialog
          request={r}
          onClose={close}
          onSaved={(saved) => notify(t('steps.receive.done', { receipt: saved.receipts[saved.receipts.length - 1]?.number ?? '' }))}
        />
      )}
    </Stack>
  );
}
