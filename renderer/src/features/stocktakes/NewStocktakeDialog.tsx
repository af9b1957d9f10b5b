// A new count sheet: the whole store or some bins (from the store's bins, with how many parts each holds), and whether
// the printed sheet shows the book quantities (off: a blind count).
import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Stocktake } from '../../../../shared/api/stocktakes';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';

interface Values {
  scope: 'whole' | 'bins';
  bins: string[];
  showBook: boolean;
}

/** Some bins means at least one: an empty choice would quietly count the whole store. */
const formSchema = z.custom<Partial<Values>>().superRefine((values, ctx) => {
  if (values.scope === 'bins' && (values.bins ?? []).length === 0) ctx.addIssue({ code: 'custom', path: ['bins'], message: 'stocktakes:newSheet.binsRequired' });
});

export function NewStocktakeDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (sheet: Stocktake) => void }) {
  const { t } = useTranslation(['stocktakes', 'common']);
  const bins = useApiQuery('parts.bins', {});
  const options = bins.data?.items ?? [];
  const { form, submit, busy, formError, askBeforeClosing } = useApiForm({
    method: 'stocktakes.create',
    defaultValues: { scope: 'bins', bins: [], showBook: false } as Values,
    formSchema,
    toInput: (values: Values) => ({ ...(values.scope === 'bins' && { bins: values.bins }), showBook: values.showBook }),
    onSaved: (sheet) => {
      onClose();
      onCreated(sheet);
    },
  });
  const scope = form.watch('scope');
  const binsError = form.formState.errors.bins?.message;

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="sm" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="new-stocktake">
        <DialogTitle>{t('newSheet.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} />
            <FormControl>
              <FormLabel id="stocktake-scope">{t('newSheet.scope')}</FormLabel>
              <Controller
                control={form.control}
                name="scope"
                render={({ field }) => (
                  <RadioGroup row aria-labelledby="stocktake-scope" {...field}>
                    <FormControlLabel value="bins" control={<Radio data-testid="scope-bins" />} label={t('newSheet.someBins')} />
                    <FormControlLabel value="whole" control={<Radio data-testid="scope-whole" />} label={t('newSheet.whole')} />
                  </RadioGroup>
                )}
              />
            </FormControl>
            {scope === 'bins' && (
              <Controller
                control={form.control}
                name="bins"
                render={({ field }) => (
                  <Autocomplete
                    multiple
                    options={options.map((option) => option.bin)}
                    value={field.value}
                    onChange={(_event, value) => field.onChange(value)}
                    getOptionLabel={(bin) => bin || t('noBin')}
                    renderOption={({ key, ...props }, bin) => (
                      <li key={key} {...props} data-testid={`bin-option-${bin}`}>
                        {t('newSheet.binParts', { bin: bin || t('noBin'), count: options.find((option) => option.bin === bin)?.parts ?? 0 })}
                      </li>
                    )}
                    loading={bins.isPending}
                    renderInput={(params) => (
                      <TextField
                        {...params}
                        label={t('newSheet.bins')}
                        required
                        autoFocus
                        error={!!binsError}
                        helperText={binsError ?? t('newSheet.binsHint')}
                        slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'stocktake-bins' } }}
                      />
                    )}
                  />
                )}
              />
            )}
            <FormControl>
              <Controller
                control={form.control}
                name="showBook"
                render={({ field }) => (
                  <FormControlLabel
                    control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} data-testid="stocktake-show-book" />}
                    label={t('newSheet.showBook')}
                  />
                )}
              />
              <FormHelperText sx={{ mt: 0 }}>{t('newSheet.showBookHint')}</FormHelperText>
            </FormControl>
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="new-stocktake-save">
            {t('newSheet.create')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
