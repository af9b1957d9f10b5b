// Posting a count sheet: the differences that become adjustment movements (盘点调整), the lines not counted (skipped
// only when the clerk says so), and the reason; all in one step.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Stocktake } from '../../../../shared/api/stocktakes';
import { formatQuantity } from '../../../../shared/parts/quantity';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm } from '../../lib/apiForm';
import { Difference } from './CountTable';

interface Values {
  reason: string;
  skipUncounted: boolean;
}

export function PostDialog({ sheet, onClose, onPosted }: { sheet: Stocktake; onClose: () => void; onPosted: () => void }) {
  const { t, i18n } = useTranslation(['stocktakes', 'common']);
  const differences = sheet.lines.filter((line) => line.difference !== null && line.difference !== 0);
  const uncounted = sheet.lines.filter((line) => line.counted === null).length;
  const { form, submit, busy, formError, conflict, changedElsewhere, askBeforeClosing } = useApiForm({
    method: 'stocktakes.post',
    defaultValues: { reason: '', skipUncounted: false } as Values,
    toInput: (values: Values, version) => ({ id: sheet.id, version, reason: values.reason.trim(), ...(values.skipUncounted && { skipUncounted: true }) }),
    // The version the dialog opened at: the page behind it reads the sheet again when another desk saves it.
    versioned: { version: sheet.version },
    onSaved: () => {
      onClose();
      onPosted();
    },
  });
  const reasonError = form.formState.errors.reason?.message;
  const skipError = form.formState.errors.skipUncounted?.message;
  const quantity = (units: number) => formatQuantity(Math.round(units * 1000), i18n.language);

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="md" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="post-dialog">
        <DialogTitle>{t('post.title', { number: sheet.number })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} />
            <Typography variant="body2">{t('post.intro')}</Typography>
            {differences.length === 0 ? (
              <Alert severity="info">{t('post.none')}</Alert>
            ) : (
              <Stack spacing={0.5}>
                <Typography variant="subtitle2" component="h2">
                  {t('post.differences')}
                </Typography>
                <Table size="small" data-testid="post-differences">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('sheet.columns.code')}</TableCell>
                      <TableCell>{t('sheet.columns.name')}</TableCell>
                      <TableCell align="right">{t('sheet.columns.balance')}</TableCell>
                      <TableCell align="right">{t('sheet.columns.counted')}</TableCell>
                      <TableCell align="right">{t('sheet.columns.difference')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {differences.map((line) => (
                      <TableRow key={line.partId} data-testid={`post-line-${line.code}`}>
                        <TableCell sx={{ fontFamily: 'monospace' }}>{line.code}</TableCell>
                        <TableCell>{line.name}</TableCell>
                        <TableCell align="right">{`${quantity(line.balance)} ${line.unit}`}</TableCell>
                        <TableCell align="right">{`${quantity(line.counted ?? 0)} ${line.unit}`}</TableCell>
                        <TableCell align="right">
                          <Difference milli={Math.round((line.difference ?? 0) * 1000)} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Stack>
            )}
            {uncounted > 0 && (
              <FormControl error={!!skipError}>
                <Typography variant="body2" color="warning.dark" sx={{ fontWeight: 500 }}>
                  {t('post.uncounted', { count: uncounted })}
                </Typography>
                <Controller
                  control={form.control}
                  name="skipUncounted"
                  render={({ field }) => (
                    <FormControlLabel
                      control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} data-testid="post-skip-uncounted" />}
                      label={t('post.skip')}
                    />
                  )}
                />
                {skipError && <FormHelperText>{skipError}</FormHelperText>}
              </FormControl>
            )}
            <TextField
              {...form.register('reason')}
              label={t('post.reason')}
              required
              autoFocus
              error={!!reasonError}
              helperText={reasonError ?? t('post.reasonHint')}
              slotProps={{ htmlInput: { 'data-testid': 'post-reason' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="post-submit">
            {t('post.submit')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
