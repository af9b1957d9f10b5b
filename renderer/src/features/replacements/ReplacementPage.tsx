// One spare replacement notice (/replacements/:id): the faulty unit and why, the spare lent with its movements in the
// store, the factory and the test, how it ended (recovered, or scrapped and formally replaced); the steps its state and
// the user's roles allow (REPLACEMENT_WORKFLOW.available), and print.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { Replacement } from '../../../../shared/api/replacements';
import { REPLACEMENT_WORKFLOW, type ReplacementAction } from '../../../../shared/replacements/workflow';
import { useNotify } from '../../app/notify';
import { useCurrentUser } from '../../app/session';
import { useCalendarDate } from '../../components/CalendarDateField';
import { LabelledValue } from '../../components/LabelledValue';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { FACTS_GRID as GRID, RecordPageHeading, StepButtons } from '../../components/RecordPageHeading';
import { Section } from '../../components/Section';
import { TextStepDialog } from '../../components/TextStepDialog';
import { ApiCallError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { quantityText } from '../parts';
import { ReplacementStateChip, WhereChip } from './parts';
import { RecordMovements } from './RecordMovements';
import { FailRepairDialog, PassTestDialog, ReinstallDialog, SendToFactoryDialog } from './ReplacementSteps';

const RecordLink = ({ to, children, testId }: { to: string; children: ReactNode; testId: string }) => (
  <Link component={RouterLink} to={to} underline="hover" sx={{ fontFamily: 'monospace' }} data-testid={testId}>
    {children}
  </Link>
);

function Facts({ notice: n }: { notice: Replacement }) {
  const { t, i18n } = useTranslation(['replacements', 'scrap']);
  const format = useFormat();
  const date = useCalendarDate();
  const dash = (value: ReactNode) => (value === null || value === '' ? '—' : value);
  return (
    <>
      <Section title={t('sections.unit')} testId="replacement-unit">
        <Box sx={GRID}>
          <LabelledValue label={t('fields.customer')}>
            {n.customerId !== null ? <RecordLink to={`/customers/${n.customerId}`} testId="replacement-customer-link">{n.customerName}</RecordLink> : '—'}
          </LabelledValue>
          <LabelledValue label={t('fields.equipment')}>{dash(n.equipmentLabel)}</LabelledValue>
          <LabelledValue label={t('fields.faultySerial')} testId="replacement-faulty-serial-view">{dash(n.faultySerial)}</LabelledValue>
          <LabelledValue label={t('fields.workOrder')}>
            {n.workOrderId !== null ? <RecordLink to={`/work-orders/${n.workOrderId}`} testId="replacement-work-order-link">{n.workOrderNumber}</RecordLink> : '—'}
          </LabelledValue>
          {n.requestId !== null && (
            <LabelledValue label={t('fields.request')}>
              <RecordLink to={`/requests/${n.requestId}`} testId="replacement-request-link">{n.requestNumber}</RecordLink>
            </LabelledValue>
          )}
          <LabelledValue label={t('fields.createdBy')}>{[n.createdByName, format.dateTime(n.createdAt)].filter(Boolean).join(' · ')}</LabelledValue>
        </Box>
        <Box sx={{ mt: 2 }}>
          <LabelledValue label={t('fields.reason')} testId="replacement-reason-view">
            {n.reason}
          </LabelledValue>
        </Box>
      </Section>
      <Section title={t('sections.spare')} testId="replacement-spare">
        <Box sx={GRID}>
          <LabelledValue label={t('fields.spare')}>
            <RecordLink to={`/parts/${n.sparePartId}`} testId="replacement-spare-link">{`${n.spareCode} ${n.spareName}`}</RecordLink>
          </LabelledValue>
          <LabelledValue label={t('fields.spareSerial')} testId="replacement-spare-serial-view">{dash(n.spareSerial)}</LabelledValue>
          <LabelledValue label={t('fields.quantity')}>{quantityText(n.spareQuantity, n.spareUnit, i18n.language)}</LabelledValue>
          <LabelledValue label={t('fields.installedAt')}>{format.dateTime(n.installedAt)}</LabelledValue>
          {n.where !== null && <LabelledValue label={t('fields.age')}>{t('list.ageDays', { count: n.ageDays })}</LabelledValue>}
        </Box>
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 0.5 }}>
          {t('movements.title')}
        </Typography>
        <RecordMovements sourceKind="replacement_notice" sourceId={n.id} empty={t('movements.none')} testId="replacement-movements" />
      </Section>
      <Section title={t('sections.factory')} testId="replacement-factory">
        <Box sx={GRID}>
          <LabelledValue label={t('fields.factory')} testId="replacement-factory-view">{dash(n.factory)}</LabelledValue>
          <LabelledValue label={t('fields.sentAt')}>{dash(format.dateTime(n.sentAt))}</LabelledValue>
          <LabelledValue label={t('fields.testResult')} testId="replacement-test-view">{dash(n.testResult)}</LabelledValue>
          <LabelledValue label={t('fields.tester')}>{dash(n.tester)}</LabelledValue>
          <LabelledValue label={t('fields.testedOn')}>{dash(date(n.testedOn))}</LabelledValue>
          <LabelledValue label={t('fields.reinstalledAt')}>{dash(format.dateTime(n.reinstalledAt))}</LabelledValue>
          <LabelledValue label={t('fields.recoveredAt')}>{dash(format.dateTime(n.recoveredAt))}</LabelledValue>
        </Box>
      </Section>
      {(n.repairFailedAt !== null || n.scrapRecord !== null || n.formalReplacement !== '' || n.closedAt !== null || n.remarks !== '') && (
        <Section title={t('sections.outcome')} testId="replacement-outcome">
          <Box sx={GRID}>
            {n.repairFailedAt !== null && <LabelledValue label={t('fields.repairFailedAt')}>{format.dateTime(n.repairFailedAt)}</LabelledValue>}
            {n.scrapRecord !== null && (
              <LabelledValue label={t('fields.scrapRecord')}>
                <RecordLink to={`/scrap/${n.scrapRecord.id}`} testId="replacement-scrap-link">{n.scrapRecord.number}</RecordLink>
                {` · ${t(`scrap:states.${n.scrapRecord.state}`, { defaultValue: n.scrapRecord.state })}`}
              </LabelledValue>
            )}
            {n.formallyReplacedAt !== null && <LabelledValue label={t('fields.formallyReplacedAt')}>{format.dateTime(n.formallyReplacedAt)}</LabelledValue>}
            {n.closedAt !== null && <LabelledValue label={t('fields.closedAt')}>{format.dateTime(n.closedAt)}</LabelledValue>}
          </Box>
          <Stack spacing={1.5} sx={{ mt: 2 }}>
            {n.failureReason !== '' && <LabelledValue label={t('fields.failureReason')} testId="replacement-failure-view">{n.failureReason}</LabelledValue>}
            {n.formalReplacement !== '' && <LabelledValue label={t('fields.formalReplacement')} testId="replacement-formal-view">{n.formalReplacement}</LabelledValue>}
            {n.remarks !== '' && <LabelledValue label={t('fields.remarks')} testId="replacement-remarks-view">{n.remarks}</LabelledValue>}
          </Stack>
        </Section>
      )}
    </>
  );
}

export function ReplacementPage() {
  const { t } = useTranslation('replacements');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const me = useCurrentUser();
  const notify = useNotify();
  const query = useApiQuery('replacements.get', { id: valid ? id : 1 }, { enabled: valid });
  const [step, setStep] = useState<ReplacementAction | null>(null);
  usePageTitle(query.data ? t('recordTitle', { number: query.data.number }) : null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such notice' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const n = query.data;
  const close = () => setStep(null);
  const versioned = { id: n.id, version: n.version };
  const done = (key: string) => (saved: Replacement) => notify(t(key, { number: saved.number, scrap: saved.scrapRecord?.number ?? '' }));

  return (
    <Stack spacing={2} data-testid="replacement-page">
      <RecordPageHeading
        back="/replacements"
        backLabel={t('back')}
        title={t('recordTitle', { number: n.number })}
        chips={
          <>
            <ReplacementStateChip state={n.state} />
            {/* Where the unit is, unless the state says it already (在厂家). */}
            {n.where !== null && t(`where.${n.where}`) !== t(`states.${n.state}`) && <WhereChip where={n.where} testId="replacement-where" />}
          </>
        }
        print={{ to: `/replacements/${n.id}/print`, label: t('actions.print'), testId: 'replacement-print' }}
      >
        <StepButtons
          actions={REPLACEMENT_WORKFLOW.available(n.state, me.roles)}
          label={(action) => t(`actions.${action}`)}
          onStep={setStep}
          testIdPrefix="replacement-action"
          danger="failRepair"
        />
      </RecordPageHeading>
      <Facts notice={n} />
      {step === 'sendToFactory' && <SendToFactoryDialog notice={n} onClose={close} onSaved={done('steps.sendToFactory.done')} />}
      {step === 'passTest' && <PassTestDialog notice={n} onClose={close} onSaved={done('steps.passTest.done')} />}
      {step === 'reinstall' && <ReinstallDialog notice={n} onClose={close} onSaved={done('steps.reinstall.done')} />}
      {step === 'failRepair' && <FailRepairDialog notice={n} onClose={close} onSaved={done('steps.failRepair.done')} />}
      {step === 'recover' && (
        <TextStepDialog
          method="replacements.recover"
          textField="remarks"
          required={false}
          input={(remarks) => ({ ...versioned, ...(remarks !== '' && { remarks }) })}
          title={t('steps.recover.title', { number: n.number })}
          label={t('steps.recover.label')}
          submitLabel={t('actions.recover')}
          testId="replacement-recover-dialog"
          onClose={close}
          onSaved={done('steps.recover.done')}
        />
      )}
      {step === 'formallyReplace' && (
        <TextStepDialog
          method="replacements.formallyReplace"
          textField="text"
          input={(text) => ({ ...versioned, text })}
          initial={t('steps.formallyReplace.initial', { spare: `${n.spareCode} ${n.spareName}`, serial: n.spareSerial || '—', unit: n.equipmentLabel ?? n.faultySerial })}
          title={t('steps.formallyReplace.title', { number: n.number })}
          label={t('steps.formallyReplace.label')}
          helperText={t('steps.formallyReplace.help')}
          submitLabel={t('actions.formallyReplace')}
          testId="replacement-formal-dialog"
          onClose={close}
          onSaved={done('steps.formallyReplace.done')}
        />
      )}
      {step === 'close' && (
        <TextStepDialog
          method="replacements.close"
          textField="remarks"
          required={false}
          input={(remarks) => ({ ...versioned, ...(remarks !== '' && { remarks }) })}
          title={t('steps.close.title', { number: n.number })}
          label={t('steps.close.label')}
          submitLabel={t('actions.close')}
          testId="replacement-close-dialog"
          onClose={close}
          onSaved={done('steps.close.done')}
        />
      )}
    </Stack>
  );
}
