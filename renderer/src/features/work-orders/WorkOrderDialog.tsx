// The work order form (派工): opened from a fault report prefilled with its fault, or on a draft or dispatched work order
// to change it before anyone is on site. The fault (cause, nature, category, location, description), the technicians,
// the parts to bring (from the store, with their stock and a discontinued part's substitutes) and the tools, and the
// time the customer was told to expect them (预计到达时间). A new one is saved as a draft, or saved and dispatched.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '../../../../shared/api/requests';
import type { WorkOrder } from '../../../../shared/api/workOrders';
import { inputMaxLength } from '../../../../shared/api/limits';
import { useNotify } from '../../app/notify';
import { DateTimeField } from '../../components/DateTimeField';
import { FieldGrid, FieldRow, orDash } from '../../components/FieldGrid';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LongTextField } from '../../components/LongTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useApiForm, type ApiForm, type FieldOf } from '../../lib/apiForm';
import { detailsInput, lineFieldOf, valuesFromRequest, valuesOf, type WorkOrderFormValues } from './form';
import { PartLinesEditor } from './PartLinesEditor';
import { TechniciansField } from './TechniciansField';

const fieldOf = lineFieldOf('plannedParts') as FieldOf<WorkOrderFormValues>;
type Form = ApiForm<'workOrders.create' | 'workOrders.update', WorkOrderFormValues>;

function Fields({ form, about }: { form: Form; about: { request: string | null; customer: string | null; site: string | null; equipment: string | null } }) {
  const { t } = useTranslation('workOrders');
  const { register, control, formState, watch } = form.form;
  const errors = formState.errors;
  const short = (name: 'cause' | 'nature' | 'category' | 'location') => (
    <TextField
      {...register(name)}
      label={t(`fields.${name}`)}
      error={!!errors[name]}
      helperText={errors[name]?.message}
      slotProps={{ htmlInput: { 'data-testid': `work-order-${name}` } }}
    />
  );
  return (
    <Stack spacing={2}>
      <FormErrorAlert error={form.formError} conflict={form.conflict} changedElsewhere={form.changedElsewhere} onLoadLatest={form.loadLatest} />
      <TheirChangesAlert
        changes={form.theirChanges}
        words={{
          labels: Object.fromEntries(['cause', 'nature', 'category', 'location', 'description', 'tools', 'technicianIds', 'plannedParts', 'expectedAt'].map((field) => [field, t(`fields.${field === 'technicianIds' ? 'technicians' : field}`)])),
        }}
      />
      <FieldGrid>
        <FieldRow label={t('fields.request')}>{orDash(about.request)}</FieldRow>
        <FieldRow label={t('fields.customer')}>{orDash(about.customer)}</FieldRow>
        {about.site !== null && <FieldRow label={t('fields.site')}>{about.site}</FieldRow>}
        <FieldRow label={t('fields.equipment')}>{orDash(about.equipment)}</FieldRow>
      </FieldGrid>
      <Controller
        control={control}
        name="technicianIds"
        render={({ field, fieldState }) => (
          <TechniciansField value={field.value} onChange={field.onChange} error={!!fieldState.error} helperText={fieldState.error?.message} testId="work-order-technicians" />
        )}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        {short('cause')}
        {short('nature')}
        {short('category')}
        {short('location')}
      </Box>
      <LongTextField
        {...register('description')}
        label={t('fields.description')}
        text={watch('description')}
        max={inputMaxLength('workOrders.create', 'description')}
        minRows={3}
        error={!!errors.description}
        helperText={errors.description?.message}
        testId="work-order-description"
      />
      <Box>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          {t('fields.plannedParts')}
        </Typography>
        <PartLinesEditor form={form.form} name="plannedParts" testId="work-order-part" />
      </Box>
      <LongTextField
        {...register('tools')}
        label={t('fields.tools')}
        text={watch('tools')}
        max={inputMaxLength('workOrders.create', 'tools')}
        error={!!errors.tools}
        helperText={errors.tools?.message}
        testId="work-order-tools"
      />
      <Controller
        control={control}
        name="expectedAt"
        render={({ field, fieldState }) => (
          <DateTimeField
            label={t('fields.expectedAt')}
            value={field.value}
            onChange={field.onChange}
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? t('form.expectedHelp')}
            testId="work-order-expected"
          />
        )}
      />
    </Stack>
  );
}

export function NewWorkOrderDialog({ request, onClose, onCreated }: { request: ServiceRequest; onClose: () => void; onCreated: (order: WorkOrder) => void }) {
  const { t } = useTranslation(['workOrders', 'common', 'errors']);
  const notify = useNotify();
  // Which button saved: a draft, or a draft dispatched at once.
  const intent = useRef<'draft' | 'dispatch'>('draft');
  const form = useApiForm({
    method: 'workOrders.create',
    defaultValues: valuesFromRequest(request),
    fieldOf,
    toInput: (values: WorkOrderFormValues) => ({ requestId: request.id, ...detailsInput(values) }),
    onSaved: async (saved) => {
      let order = saved;
      if (intent.current === 'dispatch') {
        try {
          order = await call('workOrders.dispatch', { id: saved.id, version: saved.version });
        } catch (error) {
          // The draft is saved; it can be dispatched from its page.
          notify(t('form.dispatchFailed', { number: saved.number, reason: errorMessage(t, error) }));
        }
      }
      notify(t(order.state === 'dispatched' ? 'form.dispatched' : 'form.saved', { number: order.number }));
      onCreated(order);
      onClose();
    },
  });
  return (
    <Dialog open onClose={form.askBeforeClosing(onClose)} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void form.submit(event)} noValidate data-testid="work-order-form">
        <DialogTitle>{t('form.titleNew', { request: request.number })}</DialogTitle>
        <DialogContent dividers>
          <Fields form={form as Form} about={{ request: request.number, customer: request.customerName, site: null, equipment: request.equipmentLabel }} />
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={form.askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={form.busy} variant="outlined" onClick={() => (intent.current = 'draft')} data-testid="work-order-save-draft">
            {t('actions.saveDraft')}
          </SubmitButton>
          <SubmitButton busy={form.busy} onClick={() => (intent.current = 'dispatch')} data-testid="work-order-save-dispatch">
            {t('actions.saveAndDispatch')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function EditWorkOrderDialog({ order, onClose }: { order: WorkOrder; onClose: () => void }) {
  const { t } = useTranslation(['workOrders', 'common']);
  const notify = useNotify();
  const form = useApiForm({
    method: 'workOrders.update',
    defaultValues: valuesOf(order),
    fieldOf,
    versioned: {
      version: order.version,
      latest: async () => {
        const latest = await call('workOrders.get', { id: order.id });
        return { version: latest.version, values: valuesOf(latest) };
      },
    },
    toInput: (values: WorkOrderFormValues, version) => ({ id: order.id, version, ...detailsInput(values) }),
    onSaved: (saved) => {
      notify(t('form.saved', { number: saved.number }));
      onClose();
    },
  });
  return (
    <Dialog open onClose={form.askBeforeClosing(onClose)} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void form.submit(event)} noValidate data-testid="work-order-form">
        <DialogTitle>{t('form.titleEdit', { number: order.number })}</DialogTitle>
        <DialogContent dividers>
          <Fields form={form as Form} about={{ request: order.requestNumber, customer: order.customerName, site: order.siteName, equipment: order.equipmentLabel }} />
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={form.askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={form.busy} data-testid="work-order-save">
            {t('common:actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
