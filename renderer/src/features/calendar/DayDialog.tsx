// A supervisor's change of one day: make it a working day or a holiday with a name, or return it to the official calendar.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../shared/api/calendar';
import type { DayKind } from '../../../../shared/calendar/official';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm } from '../../lib/apiForm';
import { useFormat } from '../../lib/format';
import { dayInfo, describeDay, nameIn } from './days';

type DayValues = { kind: DayKind; name: string };

export function DayDialog({ date, listed, onClose }: { date: string; listed: CalendarDay | null; onClose: () => void }) {
  const { t, i18n } = useTranslation(['calendar', 'common']);
  const notify = useNotify();
  const format = useFormat();
  const info = dayInfo(date, listed ?? undefined);
  const working = info.look === 'working' || info.look === 'makeup';
  const shownDate = dayjs(date).format(t('common:format.date'));
  const done = (message: string) => {
    notify(message);
    onClose();
  };
  const day = useApiForm({
    method: 'calendar.setDay',
    defaultValues: {
      kind: listed?.source === 'edited' ? listed.kind : working ? 'holiday' : 'working',
      name: listed?.source === 'edited' ? nameIn(listed.name, i18n.language) : '',
    } satisfies DayValues as DayValues,
    toInput: (values: DayValues) => ({ date, kind: values.kind, name: values.name.trim() }),
    onSaved: () => done(t('saved', { date: shownDate })),
  });
  // Returning the day to the official calendar saves through a method of its own, from a button of the same form.
  const reset = useApiForm({
    method: 'calendar.resetDay',
    defaultValues: {},
    toInput: () => ({ date }),
    onSaved: () => done(t('resetDone', { date: shownDate })),
  });
  const [lastTried, setLastTried] = useState<'day' | 'reset'>('day');
  const formError = lastTried === 'reset' ? reset.formError : day.formError;
  const busy = day.busy || reset.busy;
  const { register, control, formState: { errors } } = day.form;

  const official = listed?.source === 'official' ? { kind: listed.kind, name: listed.name } : (listed?.official ?? null);
  const weekday = t(`weekdays.${info.weekday}`);
  const now = listed ? describeDay(t, i18n.language, date, listed.kind, listed.name, listed.source) : describeDay(t, i18n.language, date, null, null);

  return (
    <Dialog open onClose={day.askBeforeClosing(onClose)} maxWidth="xs">
      <form
        onSubmit={(event) => {
          setLastTried('day');
          void day.submit(event);
        }}
        noValidate
        data-testid="day-dialog"
      >
        <DialogTitle>{t('dayDialog.title', { date: shownDate, weekday })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} />
            <Stack spacing={0.5}>
              <Typography variant="body2" data-testid="day-dialog-now">
                {t('dayDialog.now', { what: now })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {official
                  ? t('dayDialog.official', { what: describeDay(t, i18n.language, date, official.kind, official.name) })
                  : t('dayDialog.noOfficial', { what: describeDay(t, i18n.language, date, null, null) })}
              </Typography>
              {listed?.source === 'edited' && listed.editedAt !== null && (
                <Typography variant="caption" color="text.secondary">
                  {t('dayDialog.editedBy', { name: listed.editedBy ?? t('sla.system'), at: format.dateTime(listed.editedAt) })}
                </Typography>
              )}
            </Stack>
            <Stack spacing={0.5}>
              <FormLabel id="day-kind-label">{t('dayDialog.kind')}</FormLabel>
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <RadioGroup row aria-labelledby="day-kind-label" value={field.value} onChange={(event) => field.onChange(event.target.value as DayKind)}>
                    <FormControlLabel value="working" control={<Radio data-testid="day-kind-working" />} label={t('dayDialog.working')} />
                    <FormControlLabel value="holiday" control={<Radio data-testid="day-kind-holiday" />} label={t('dayDialog.holiday')} />
                  </RadioGroup>
                )}
              />
            </Stack>
            <TextField
              label={t('dayDialog.name')}
              {...register('name')}
              error={!!errors.name}
              helperText={errors.name?.message ?? t('dayDialog.nameHelp')}
              autoFocus
              slotProps={{ htmlInput: { maxLength: 40, 'data-testid': 'day-name' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          {listed?.source === 'edited' && (
            <Button
              color="warning"
              sx={{ mr: 'auto' }}
              disabled={busy}
              data-testid="day-reset"
              onClick={() => {
                setLastTried('reset');
                void reset.saveWith({});
              }}
            >
              {t('dayDialog.reset')}
            </Button>
          )}
          <Button onClick={day.askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="day-save">
            {t('common:actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
