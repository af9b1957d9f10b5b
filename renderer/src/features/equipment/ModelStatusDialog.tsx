// Flagging a product model as upgraded (升级换代) or discontinued (停产), or current again, against the version read:
// with the model that succeeds it and notes for whoever tells the customers.
import Autocomplete from '@mui/material/Autocomplete';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MODEL_STATUSES, type ModelStatus, type ProductModel } from '../../../../shared/api/equipment';
import { useNotify } from '../../app/notify';
import { inputMaxLength } from '../../../../shared/api/limits';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LongTextField } from '../../components/LongTextField';
import { SaveDialogActions } from '../../components/SaveDialogActions';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';

type StatusValues = { status: ModelStatus; successorModel: string; notes: string };

export function ModelStatusDialog({ model, otherModels, onClose }: { model: ProductModel; otherModels: string[]; onClose: () => void }) {
  const { t } = useTranslation(['equipment', 'common']);
  const notify = useNotify();
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, askBeforeClosing } = useApiForm({
    method: 'equipment.setModelStatus',
    defaultValues: {
      // Opening the dialog on a current model is mostly to flag it: discontinued is the likelier choice.
      status: model.status === 'current' ? 'discontinued' : model.status,
      successorModel: model.successorModel,
      notes: model.notes,
    } satisfies StatusValues as StatusValues,
    toInput: (values: StatusValues, version) => ({
      id: model.id,
      version,
      status: values.status,
      // A current model has nothing succeeding it.
      successorModel: values.status === 'current' ? '' : values.successorModel,
      notes: values.notes,
    }),
    versioned: { version: model.version, latestVersion: async () => (await call('equipment.models', {})).items.find((m) => m.id === model.id)?.version },
    onSaved: (saved) => {
      notify(t('models.saved', { model: saved.model, status: t(`modelStatus.${saved.status}`) }));
      onClose();
    },
  });
  const { register, control, formState: { errors } } = form;
  const status = useWatch({ control, name: 'status' });

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} fullWidth maxWidth="sm" slotProps={{ paper: { 'data-testid': 'model-status-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('models.statusTitle', { model: model.model })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            {model.productName && (
              <Typography variant="body2" color="text.secondary">
                {model.productName}
              </Typography>
            )}
            <FormControl>
              <FormLabel id="model-status-label">{t('models.fields.status')}</FormLabel>
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <RadioGroup row aria-labelledby="model-status-label" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                    {MODEL_STATUSES.map((value) => (
                      <FormControlLabel
                        key={value}
                        value={value}
                        control={<Radio slotProps={{ input: { 'data-testid': `model-status-${value}` } as object }} />}
                        label={t(`modelStatus.${value}`)}
                      />
                    ))}
                  </RadioGroup>
                )}
              />
            </FormControl>
            <Controller
              control={control}
              name="successorModel"
              render={({ field }) => (
                <Autocomplete
                  freeSolo
                  fullWidth
                  disabled={status === 'current'}
                  options={otherModels}
                  inputValue={status === 'current' ? '' : field.value}
                  onInputChange={(_event, value) => field.onChange(value)}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={t('models.fields.successorModel')}
                      error={!!errors.successorModel}
                      helperText={errors.successorModel?.message ?? t('models.successorHelp')}
                      slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'model-successor' } }}
                    />
                  )}
                />
              )}
            />
            <LongTextField
              label={t('models.fields.notes')}
              {...register('notes')}
              text={form.watch('notes')}
              max={inputMaxLength('equipment.setModelStatus', 'notes')}
              minRows={3}
              error={!!errors.notes}
              helperText={errors.notes?.message ?? t('models.notesHelp')}
              testId="model-notes"
            />
          </Stack>
        </DialogContent>
        <SaveDialogActions busy={busy} onCancel={askBeforeClosing(onClose)} saveTestId="model-status-save" />
      </form>
    </Dialog>
  );
}
