// Naming the dedicated maintainer (专职维护人员) of a customer or of one of its sites: a technician, or nobody.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { useApiForm } from '../../lib/apiForm';
import { TechniciansField } from '../work-orders';

export interface MaintainerTarget {
  customerId: number;
  siteId: number | null;
  /** The customer's or the site's name, for the title. */
  name: string;
  maintainerId: number | null;
}

export function MaintainerDialog({ target, onClose }: { target: MaintainerTarget; onClose: () => void }) {
  const { t } = useTranslation('maintenance');
  const notify = useNotify();
  const { form, submit, busy, formError, askBeforeClosing } = useApiForm({
    method: 'maintenance.setMaintainer',
    defaultValues: { maintainerIds: target.maintainerId === null ? [] : [target.maintainerId] },
    fieldOf: (path) => (path === 'maintainerId' ? 'maintainerIds' : null),
    toInput: (values: { maintainerIds: number[] }) => ({
      customerId: target.customerId,
      ...(target.siteId !== null && { siteId: target.siteId }),
      maintainerId: values.maintainerIds[0] ?? null,
    }),
    onSaved: (saved) => {
      notify(saved.maintainerName ? t('maintainer.set', { name: target.name, maintainer: saved.maintainerName }) : t('maintainer.cleared', { name: target.name }));
      onClose();
    },
  });
  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="sm" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="maintainer-dialog">
        <DialogTitle>{t('maintainer.title', { name: target.name })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} />
            <Typography variant="body2">{t(target.siteId === null ? 'maintainer.helpCustomer' : 'maintainer.helpSite')}</Typography>
            <Controller
              control={form.control}
              name="maintainerIds"
              render={({ field, fieldState }) => (
                <TechniciansField
                  multiple={false}
                  label={t('fields.maintainer')}
                  value={field.value}
                  onChange={field.onChange}
                  error={!!fieldState.error}
                  helperText={fieldState.error?.message ?? t('maintainer.clearHelp')}
                  testId="maintainer-select"
                />
              )}
            />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="maintainer-save" />
      </form>
    </Dialog>
  );
}
