// Adding an installation site to a customer, or changing one against the version read.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { inputMaxLength } from '../../../../shared/api/limits';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { LongTextField } from '../../components/LongTextField';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';

type SiteValues = { name: string; address: string; region: string; notes: string };

const valuesOf = (site: Site | null, defaultRegion: string): SiteValues => ({
  name: site?.name ?? '',
  address: site?.address ?? '',
  region: site?.region ?? defaultRegion,
  notes: site?.notes ?? '',
});

export function SiteDialog({ customerId, site, defaultRegion, onClose }: { customerId: number; site: Site | null; defaultRegion: string; onClose: () => void }) {
  const { t } = useTranslation(['customers', 'common']);
  const notify = useNotify();
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges, askBeforeClosing } = useApiForm({
    method: site ? 'customers.updateSite' : 'customers.addSite',
    defaultValues: valuesOf(site, defaultRegion),
    toInput: (values: SiteValues, version) => (site ? { id: site.id, version, ...values } : { customerId, ...values }),
    versioned: site
      ? {
          version: site.version,
          latest: async () => {
            const latest = (await call('customers.get', { id: customerId })).sites.find((s) => s.id === site.id);
            return latest && { version: latest.version, values: valuesOf(latest, defaultRegion) };
          },
        }
      : undefined,
    onSaved: (saved) => {
      notify(t(site ? 'site.updated' : 'site.created', { name: saved.name }));
      onClose();
    },
  });
  const { register, formState: { errors } } = form;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="sm">
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="site-dialog">
        <DialogTitle>{site ? t('site.editTitle', { name: site.name }) : t('site.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <TheirChangesAlert
              changes={theirChanges}
              words={{ labels: { name: t('fields.siteName'), address: t('fields.siteAddress'), region: t('fields.region'), notes: t('fields.notes') } }}
            />
            <TextField
              label={t('fields.siteName')}
              {...register('name')}
              required
              autoFocus
              error={!!errors.name}
              helperText={errors.name?.message}
              slotProps={{ htmlInput: { 'data-testid': 'site-name' } }}
            />
            <Stack direction="row" spacing={2}>
              <TextField label={t('fields.region')} {...register('region')} error={!!errors.region} helperText={errors.region?.message} sx={{ width: 200 }} />
              <TextField label={t('fields.siteAddress')} {...register('address')} error={!!errors.address} helperText={errors.address?.message} />
            </Stack>
            <LongTextField label={t('fields.notes')} {...register('notes')} text={form.watch('notes')} max={inputMaxLength(site ? 'customers.updateSite' : 'customers.addSite', 'notes')} minRows={2} error={!!errors.notes} helperText={errors.notes?.message} testId="site-notes" />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="site-save" />
      </form>
    </Dialog>
  );
}
