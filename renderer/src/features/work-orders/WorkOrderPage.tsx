// One work order (/work-orders/:id): every field of the form in a readable layout, its state, the request, customer
// and equipment it is about, the parts that moved; ONLY the steps the workflow offers the user in its state; print;
// for the inventory clerk, lending a spare (a replacement notice) from it.
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { WorkOrder } from '../../../../shared/api/workOrders';
import { WORK_ORDER_WORKFLOW, type WorkOrderAction } from '../../../../shared/work-orders/workflow';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RecordPageHeading, StepButtons } from '../../components/RecordPageHeading';
import { TextStepDialog } from '../../components/TextStepDialog';
import { ApiCallError } from '../../lib/api';
import { useApiQuery } from '../../lib/queries';
import { KindChip, LateChip, WorkOrderStateChip } from './parts';
import { ArriveDialog, CompleteDialog, DispatchDialog, RecordPartsDialog, SignOffDialog } from './StepDialogs';
import { EditWorkOrderDialog } from './WorkOrderDialog';
import { AboutSection, BringSection, FaultSection, LinkedRecordsSection, PartsUsedSection, VisitSection } from './WorkOrderFacts';

/** The main step of each state is the filled button; the others are outlined. */
const MAIN: Partial<Record<WorkOrderAction, true>> = { dispatch: true, arrive: true, complete: true, signOff: true };

export function WorkOrderPage() {
  const { t } = useTranslation('workOrders');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const me = useCurrentUser();
  const notify = useNotify();
  const query = useApiQuery('workOrders.get', { id: valid ? id : 1 }, { enabled: valid });
  const [step, setStep] = useState<WorkOrderAction | null>(null);
  usePageTitle(query.data ? t('recordTitle', { number: query.data.number }) : null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such work order' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const o = query.data;
  const close = () => setStep(null);
  const done = (action: WorkOrderAction) => (saved: WorkOrder) => notify(t(`steps.${action}.done`, { number: saved.number }));
  const mayLend = me.roles.includes('inventory_clerk') && o.state !== 'draft' && o.state !== 'cancelled';

  return (
    <Stack spacing={2} data-testid="work-order-page">
      <RecordPageHeading
        back="/work-orders"
        backLabel={t('back')}
        title={t('recordTitle', { number: o.number })}
        chips={
          <>
            <WorkOrderStateChip state={o.state} size="medium" />
            <KindChip kind={o.kind} />
            {o.late && <LateChip testId="work-order-late" />}
          </>
        }
        print={{ to: `/work-orders/${o.id}/print`, label: t('actions.print'), testId: 'work-order-print' }}
      >
        <StepButtons
          actions={WORK_ORDER_WORKFLOW.available(o.state, me.roles)}
          label={(action) => t(`actions.${action}`)}
          onStep={setStep}
          testIdPrefix="work-order-action"
          danger="cancel"
          main={(action) => MAIN[action] === true}
        />
        {mayLend && (
          <Button variant="outlined" startIcon={<SwapHorizOutlined />} component={RouterLink} to={`/replacements/new?workOrderId=${o.id}`} data-testid="work-order-lend">
            {t('actions.lend')}
          </Button>
        )}
      </RecordPageHeading>
      <Typography variant="subtitle1" data-testid="work-order-subject">
        {o.subject}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <AboutSection order={o} />
          <BringSection order={o} />
        </Stack>
        <Stack spacing={2}>
          <FaultSection order={o} />
          <VisitSection order={o} />
        </Stack>
      </Box>
      <PartsUsedSection order={o} />
      <LinkedRecordsSection order={o} />
      {step === 'update' && <EditWorkOrderDialog order={o} onClose={close} />}
      {step === 'dispatch' && <DispatchDialog order={o} onClose={close} onSaved={done('dispatch')} />}
      {step === 'arrive' && <ArriveDialog order={o} onClose={close} onSaved={done('arrive')} />}
      {step === 'recordParts' && <RecordPartsDialog order={o} onClose={close} onSaved={done('recordParts')} />}
      {step === 'complete' && <CompleteDialog order={o} onClose={close} onSaved={done('complete')} />}
      {step === 'signOff' && <SignOffDialog order={o} onClose={close} onSaved={done('signOff')} />}
      {step === 'cancel' && (
        <TextStepDialog
          method="workOrders.cancel"
          textField="reason"
          input={(reason) => ({ id: o.id, version: o.version, reason })}
          title={t('steps.cancel.title', { number: o.number })}
          label={t('fields.cancelReason')}
          submitLabel={t('actions.cancel')}
          testId="work-order-cancel-dialog"
          onClose={close}
          onSaved={done('cancel')}
        />
      )}
    </Stack>
  );
}
