// A new purchase request (/purchases/new, or /purchases/new?parts=3,7 from the clerk's parts below their reorder point:
// those parts as lines with the quantity the reorder point asks for), or a draft edited (/purchases/:id/edit). Saved as
// a draft through useApiForm: what the back end refuses shows on its line, and what was typed stays.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import type { PurchaseRequest } from '../../../../shared/api/purchases';
import type { PartSummary } from '../../../../shared/api/parts';
import { inputMaxLength } from '../../../../shared/api/limits';
import { useNotify } from '../../app/notify';
import { BackLink } from '../../components/BackLink';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { LongTextField } from '../../components/LongTextField';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { useApiForm, type ApiForm, type FieldOf } from '../../lib/apiForm';
import { yuanToFen } from '../../lib/money';
import { useApiQuery } from '../../lib/queries';
import { useRecordT } from '../../lib/recordLanguage';
import { LinesEditor } from './LinesEditor';
import { EMPTY_LINE, lineOf, type PurchaseFormValues } from './lines';
import { fenToYuanText } from './lines';

/** The form's own checks: a part on every line, a cost that is an amount of yuan (the method's input says the rest). */
const formSchema = z.object({
  lines: z.array(
    z.object({
      part: z.custom<PartSummary | null>().refine((part) => part !== null, { message: 'purchases:form.partRequired' }),
      quantity: z.string(),
      cost: z.string().refine((cost) => cost.trim() === '' || yuanToFen(cost) !== null, { message: 'validation.amount' }),
    }),
  ),
});

type LinesInput = Array<{ partId: number; quantity: string; estimatedUnitCostFen?: number }>;

/** The lines as the methods take them; a line without a part is sent so (the method's input refuses it on its line). */
const linesInput = (values: PurchaseFormValues) =>
  values.lines.map((line) => ({
    partId: line.part?.id,
    quantity: line.quantity,
    ...(line.cost.trim() !== '' && { estimatedUnitCostFen: yuanToFen(line.cost) ?? undefined }),
  })) as LinesInput;

/** The input's `lines.1.partId` is the form's `lines.1.part`, its estimate the line's `cost`. */
const fieldOf: FieldOf<PurchaseFormValues> = (path) => {
  const match = /^lines\.(\d+)\.(\w+)/.exec(path);
  if (!match) return path === 'lines' ? null : undefined;
  const field = { partId: 'part', quantity: 'quantity', estimatedUnitCostFen: 'cost' }[match[2]!];
  return field ? (`lines.${Number(match[1])}.${field}` as `lines.${number}.quantity`) : null;
};

/** A saved request's lines as the form shows them (the part as the picker holds it). */
function valuesOf(request: PurchaseRequest): PurchaseFormValues {
  return {
    reason: request.reason,
    lines: request.lines.map((line) => ({
      part: {
        id: line.partId,
        code: line.code,
        name: line.name,
        spec: line.spec,
        unit: line.unit,
        decimals: line.decimals,
        onHand: line.onHand,
        reorderPoint: line.reorderPoint,
      } as PartSummary,
      quantity: String(line.ordered),
      cost: fenToYuanText(line.estimatedUnitCostFen),
    })),
  };
}

function FormFrame({ title, form, saveLabel, cancelTo }: { title: string; form: ApiForm<'purchases.create' | 'purchases.update', PurchaseFormValues>; saveLabel: string; cancelTo: string }) {
  const { t } = useTranslation('purchases');
  const reason = form.form.register('reason');
  return (
    <>
      <BackLink to={cancelTo} sx={{ mb: 1 }}>
        {t('back')}
      </BackLink>
      <PageHeader title={title} subtitle={t('form.subtitle')} />
      <Paper variant="outlined" sx={{ p: 2.5 }} component="form" noValidate onSubmit={(event) => void form.submit(event)} data-testid="purchase-form">
        <Stack spacing={2}>
          <FormErrorAlert error={form.formError} conflict={form.conflict} changedElsewhere={form.changedElsewhere} onLoadLatest={form.loadLatest} />
          <LinesEditor form={form.form} />
          <LongTextField
            {...reason}
            label={t('fields.reason')}
            text={form.form.watch('reason')}
            max={inputMaxLength('purchases.create', 'reason')}
            required
            minRows={2}
            error={!!form.form.formState.errors.reason}
            helperText={form.form.formState.errors.reason?.message}
            testId="purchase-reason"
          />
          <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'flex-end' }}>
            <Button component={RouterLink} to={cancelTo}>
              {t('form.cancel')}
            </Button>
            <SubmitButton busy={form.busy} data-testid="purchase-save">
              {saveLabel}
            </SubmitButton>
          </Stack>
        </Stack>
      </Paper>
    </>
  );
}

/** The parts named by `?parts=3,7`, read one by one (a handful from the low-stock list). */
function usePrefill(): { parts: PartSummary[] | null; failed: unknown } {
  const [search] = useSearchParams();
  const ids = (search.get('parts') ?? '')
    .split(',')
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0)
    .slice(0, 100);
  const reads = useQueries({ queries: ids.map((id) => ({ queryKey: ['parts.get', { id }], queryFn: () => call('parts.get', { id }) })) });
  const failed = reads.find((read) => read.isError)?.error ?? null;
  if (reads.some((read) => read.isPending)) return { parts: null, failed };
  return { parts: reads.flatMap((read) => (read.data ? [read.data.part] : [])), failed };
}

function NewPurchaseForm() {
  const { t } = useTranslation('purchases');
  const navigate = useNavigate();
  const notify = useNotify();
  const prefill = usePrefill();
  // The reason is stored on the request (and printed): in the center's language, not the screen's.
  const recordT = useRecordT('purchases');
  const form = useApiForm({
    method: 'purchases.create',
    defaultValues: { reason: '', lines: [{ ...EMPTY_LINE }] },
    formSchema,
    fieldOf,
    toInput: (values: PurchaseFormValues) => ({ reason: values.reason, lines: linesInput(values) }),
    onSaved: async (saved) => {
      notify(t('form.saved', { number: saved.number }));
      await navigate(`/purchases/${saved.id}`);
    },
  });
  const prefilled = useRef(false);
  const reset = form.reset;
  useEffect(() => {
    if (prefilled.current || !prefill.parts || prefill.parts.length === 0) return;
    prefilled.current = true;
    reset({ reason: recordT('form.lowStockReason'), lines: prefill.parts.map(lineOf) });
  }, [prefill.parts, reset, recordT]);
  if (prefill.failed) return <QueryError error={prefill.failed} />;
  if (!prefill.parts) return <LoadingBlock />;
  return <FormFrame title={t('form.titleNew')} form={form as ApiForm<'purchases.create' | 'purchases.update', PurchaseFormValues>} saveLabel={t('form.save')} cancelTo="/purchases" />;
}

function EditPurchaseForm({ request }: { request: PurchaseRequest }) {
  const { t } = useTranslation('purchases');
  const navigate = useNavigate();
  const notify = useNotify();
  const form = useApiForm({
    method: 'purchases.update',
    defaultValues: valuesOf(request),
    formSchema,
    fieldOf,
    versioned: {
      version: request.version,
      latest: async () => {
        const latest = await call('purchases.get', { id: request.id });
        return { version: latest.version, values: valuesOf(latest) };
      },
    },
    toInput: (values: PurchaseFormValues, version) => ({ id: request.id, version, reason: values.reason, lines: linesInput(values) }),
    onSaved: async (saved) => {
      notify(t('form.saved', { number: saved.number }));
      await navigate(`/purchases/${saved.id}`);
    },
  });
  return (
    <FormFrame
      title={t('form.titleEdit', { number: request.number })}
      form={form as ApiForm<'purchases.create' | 'purchases.update', PurchaseFormValues>}
      saveLabel={t('form.save')}
      cancelTo={`/purchases/${request.id}`}
    />
  );
}

function EditPurchase({ id }: { id: number }) {
  const query = useApiQuery('purchases.get', { id });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <EditPurchaseForm request={query.data} />;
}

export function PurchaseFormPage() {
  const params = useParams();
  const id = Number(params.id);
  return params.id !== undefined && Number.isSafeInteger(id) && id > 0 ? <EditPurchase id={id} /> : <NewPurchaseForm />;
}
