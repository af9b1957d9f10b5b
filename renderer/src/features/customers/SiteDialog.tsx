// Adding an installation site to a customer, or changing one against the version read.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Site } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useVersionedSave } from '../../lib/formSave';
import { useRefreshReads } from '../../lib/queries';

const siteForm = z.object({
  name: z.string().trim().min(1).max(120),
  address: z.string().trim().max(300),
  region: z.string().trim().max(60),
  notes: z.string().trim().max(2000),
});
const FIELDS = ['name', 'address', 'region', 'notes'] as const;

export function SiteDialog({ customerId, site, defaultRegion, onClose }: { customerId: number; site: Site | null; defaultRegion: string; onClose: () => void }) {
  const { t } = useTranslation(['customers', 'common']);
  const refreshReads = useRefreshReads();
  const notify = useNotify();
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof siteForm>, unknown, z.output<typeof siteForm>>({
    resolver: translatedResolver(siteForm, t),
    defaultValues: { name: site?.name ?? '', address: site?.address ?? '', region: site?.region ?? defaultRegion, notes: site?.notes ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: site?.version ?? 0,
    fetchLatestVersion: site
      ? async () => {
          const page = await call('customers.get', { id: customerId });
          void refreshReads('customers.updateSite');
          return page.sites.find((s) => s.id === site.id)?.version;
        }
      : undefined,
    messageOf: (error) => applyApiError(t, error, setError, FIELDS),
  });

  const onSubmit = handleSubmit((values) =>
    save(async () => {
      const saved = site ? await call('customers.updateSite', { id: site.id, version, ...values }) : await call('customers.addSite', { customerId, ...values });
      notify(t(site ? 'site.updated' : 'site.created', { name: saved.name }));
      onClose();
    }),
  );

  return (
    <Dialog open onClose={onClose} maxWidth="sm">
      <form onSubmit={onSubmit} noValidate data-testid="site-dialog">
        <DialogTitle>{site ? t('site.editTitle', { name: site.name }) : t('site.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
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
            <TextField label={t('fields.notes')} {...register('notes')} multiline minRows={2} error={!!errors.notes} helperText={errors.notes?.message} />
          </Stack>
        </DialogContent>
        <SaveDialogActions version={site ? version : null} busy={isSubmitting} onCancel={onClose} saveTestId="site-save" />
      </form>
    </Dialog>
  );
}
