// One scrap record (/scrap/:id): what is scrapped and why, where it came from, the appraisal group and its conclusion,
// the decision and the disposal with its scrap movement; the steps its state and the user's roles allow
// (SCRAP_WORKFLOW.available), and print.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { ScrapRecord } from '../../../../shared/api/scrap';
import { SCRAP_WORKFLOW, type ScrapAction } from '../../../../shared/scrap/workflow';
import { useNotify } from '../../app/notify';
import { useCurrentUser } from '../../app/session';
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
import { RecordMovements } from '../replacements';
import { AppraisalDialog } from './AppraisalDialog';
import { ScrapStateChip, SourceLink } from './parts';
import { ApproveDialog, ConcludeDialog, DisposeDialog } from './ScrapSteps';

function Facts({ record: r }: { record: ScrapRecord }) {
  const { t, i18n } = useTranslation('scrap');
  const format = useFormat();
  const by = (name: string | null, at: number | null) => [name, format.dateTime(at)].filter(Boolean).join(' · ') || '—';
  return (
    <>
      <Section title={t('fields.item')} testId="scrap-item">
        <Box sx={GRID}>
          <LabelledValue label={t('fields.itemKind')}>{t(`itemKinds.${r.itemKind}`)}</LabelledValue>
          {r.partId !== null && (
            <LabelledValue label={t('fields.part')}>
              <Link component={RouterLink} to={`/parts/${r.partId}`} underline="hover" data-testid="scrap-part-link">
                {`${r.partCode} ${r.partName}`}
              </Link>
            </LabelledValue>
          )}
          {r.quantity !== null && r.unit !== null && <LabelledValue label={t('fields.quantity')}>{quantityText(r.quantity, r.unit, i18n.language)}</LabelledValue>}
          {r.itemKind === 'customer_unit' && <LabelledValue label={t('fields.equipment')}>{r.itemLabel}</LabelledValue>}
          {r.customerId !== null && (
            <LabelledValue label={t('fields.customer')}>
              <Link component={RouterLink} to={`/customers/${r.customerId}`} underline="hover">
                {r.customerName}
              </Link>
            </LabelledValue>
          )}
          <LabelledValue label={t('fields.serial')} testId="scrap-serial-view">{r.serial || '—'}</LabelledValue>
          <LabelledValue label={t('fields.reason')} testId="scrap-reason-view">{t(`reasons.${r.reason}`)}</LabelledValue>
          <LabelledValue label={t('fields.source')}>{r.source ? <SourceLink source={r.source} testId="scrap-source-link" /> : '—'}</LabelledValue>
          <LabelledValue label={t('fields.createdBy')}>{by(r.createdByName, r.createdAt)}</LabelledValue>
        </Box>
        <Stack spacing={1.5} sx={{ mt: 2 }}>
          {r.itemDescription !== '' && <LabelledValue label={t('fields.itemDescription')}>{r.itemDescription}</LabelledValue>}
          {r.reasonText !== '' && <LabelledValue label={t('fields.reasonText')} testId="scrap-reason-text-view">{r.reasonText}</LabelledValue>}
        </Stack>
      </Section>
      <Section title={t('fields.appraisers')} testId="scrap-appraisal">
        <Box sx={GRID}>
          <LabelledValue label={t('fields.organisedBy')}>{by(r.organisedByName, r.appraisalStartedAt)}</LabelledValue>
          <LabelledValue label={t('fields.conclusion')} testId="scrap-conclusion-view">{r.conclusion ? t(`conclusions.${r.conclusion}`) : '—'}</LabelledValue>
          <LabelledValue label={t('fields.proposedMethod')} testId="scrap-proposed-view">{r.proposedMethod ? t(`methods.${r.proposedMethod}`) : '—'}</LabelledValue>
          <LabelledValue label={t('fields.concludedAt')}>{format.dateTime(r.concludedAt) || '—'}</LabelledValue>
        </Box>
        {r.appraisers.length > 0 && (
          <Table size="small" sx={{ mt: 1.5, maxWidth: 640, '& th, & td': { px: 1 } }} data-testid="scrap-appraisers">
            <TableHead>
              <TableRow>
                <TableCell>{t('fields.appraiserName')}</TableCell>
                <TableCell>{t('fields.appraiserTitle')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {r.appraisers.map((member, index) => (
                <TableRow key={index}>
                  <TableCell>{member.name}</TableCell>
                  <TableCell>{member.title || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {r.opinion !== '' && (
          <Box sx={{ mt: 1.5 }}>
            <LabelledValue label={t('fields.opinion')} testId="scrap-opinion-view">{r.opinion}</LabelledValue>
          </Box>
        )}
      </Section>
      <Section title={t('fields.decision')} testId="scrap-decision">
        <Box sx={GRID}>
          <LabelledValue label={t('fields.decidedBy')} testId="scrap-decided-view">{by(r.decidedByName, r.decidedAt)}</LabelledValue>
          <LabelledValue label={t('fields.approvedMethod')} testId="scrap-approved-view">{r.approvedMethod ? t(`methods.${r.approvedMethod}`) : '—'}</LabelledValue>
          {r.rejectionReason !== '' && <LabelledValue label={t('fields.rejectionReason')} testId="scrap-rejection-view">{r.rejectionReason}</LabelledValue>}
          <LabelledValue label={t('fields.disposedBy')} testId="scrap-disposed-view">{by(r.disposedByName, r.disposedAt)}</LabelledValue>
        </Box>
        {r.disposalNote !== '' && (
          <Box sx={{ mt: 1.5 }}>
            <LabelledValue label={t('fields.disposalNote')}>{r.disposalNote}</LabelledValue>
          </Box>
        )}
        {r.itemKind === 'stock_part' && r.state === 'disposed' && (
          <Box sx={{ mt: 1.5 }}>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
              {t('fields.scrapMovement')}
            </Typography>
            <RecordMovements sourceKind="scrap_record" sourceId={r.id} empty="—" testId="scrap-movements" />
          </Box>
        )}
      </Section>
    </>
  );
}

export function ScrapPage() {
  const { t } = useTranslation('scrap');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const me = useCurrentUser();
  const notify = useNotify();
  const query = useApiQuery('scrap.get', { id: valid ? id : 1 }, { enabled: valid });
  const [step, setStep] = useState<ScrapAction | null>(null);
  usePageTitle(query.data ? t('recordTitle', { number: query.data.number }) : null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such scrap record' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  const close = () => setStep(null);
  const done = (key: string) => (saved: ScrapRecord) => notify(t(key, { number: saved.number }));

  return (
    <Stack spacing={2} data-testid="scrap-page">
      <RecordPageHeading
        back="/scrap"
        backLabel={t('back')}
        title={t('recordTitle', { number: r.number })}
        chips={<ScrapStateChip state={r.state} />}
        print={{ to: `/scrap/${r.id}/print`, label: t('actions.print'), testId: 'scrap-print' }}
      >
        <StepButtons
          actions={SCRAP_WORKFLOW.available(r.state, me.roles)}
          label={(action) => t(`actions.${action}`)}
          onStep={setStep}
          testIdPrefix="scrap-action"
          danger="reject"
          editTo={`/scrap/${r.id}/edit`}
        />
      </RecordPageHeading>
      <Facts record={r} />
      {step === 'startAppraisal' && <AppraisalDialog record={r} me={me} onClose={close} onSaved={done('steps.startAppraisal.done')} />}
      {step === 'conclude' && <ConcludeDialog record={r} onClose={close} onSaved={done('steps.conclude.done')} />}
      {step === 'approve' && <ApproveDialog record={r} onClose={close} onSaved={done('steps.approve.done')} />}
      {step === 'dispose' && <DisposeDialog record={r} onClose={close} onSaved={done('steps.dispose.done')} />}
      {step === 'reject' && (
        <TextStepDialog
          method="scrap.reject"
          textField="reason"
          input={(reason) => ({ id: r.id, version: r.version, reason })}
          title={t('steps.reject.title', { number: r.number })}
          label={t('steps.reject.label')}
          submitLabel={t('actions.reject')}
          testId="scrap-reject-dialog"
          onClose={close}
          onSaved={done('steps.reject.done')}
        />
      )}
    </Stack>
  );
}
