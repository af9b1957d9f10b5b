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
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../shared/api/calendar';
import type { DayKind } from '../../../../shared/calendar/official';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useFormSave } from '../../lib/formSave';
import { dayInfo, describeDay, nameIn } from './days';

export function DayDialog({ date, listed, onClose }: { date: string; listed: CalendarDay | null; onClose: () => void }) {
  const { t, i18n } = useTranslation(['calendar', 'common']);
  const notify = useNotify();
  const format = useFormat();
  const info = dayInfo(date, listed ?? undefined);
  const working = info.look === 'working' || info.look === 'makeup';
  const [kind, setKind] = useState<DayKind>(listed?.source === 'edited' ? listed.kind : working ? 'holiday' : 'working');
  const [name, setName] = useState(listed?.source === 'edited' ? nameIn(listed.name, i18n.language) : '');
  const [busy, setBusy] = useState(false);
  const { formError, save } = useFormSave((error) => errorMessage(t, error));

  const official = listed?.source === 'official' ? { kind: listed.kind, name: listed.name } : (listed?.official ?? null);
  const shownDate = dayjs(date).format(t('common:format.date'));
  const weekday = t(`weekdays.${info.weekday}`);
  const now = listed ? describeDay(t, i18n.language, date, listed.kind, listed.name, listed.source) : describeDay(t, i18n.language, date, null, null);

  const run = (change: () => Promise<string>) =>
    save(async () => {
      setBusy(true);
      try {
        const message = await change();
        notify(message);
        onClose();
      } finally {
        setBusy(false);
      }
    });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await call('calendar.setDay', { date, kind, name: name.trim() });
      return t('saved', { date: shownDate });
    });
  };

  return (
    <Dialog open onClose={onClose} maxWidth="xs">
      <form onSubmit={onSubmit} noValidate data-testid="day-dialog">
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
              <RadioGroup row aria-labelledby="day-kind-label" value={kind} onChange={(event) => setKind(event.target.value as DayKind)}>
                <FormControlLabel value="working" control={<Radio data-testid="day-kind-working" />} label={t('dayDialog.working')} />
                <FormControlLabel value="holiday" control={<Radio data-testid="day-kind-holiday" />} label={t('dayDialog.holiday')} />
              </RadioGroup>
            </Stack>
            <TextField
              label={t('dayDialog.name')}
              value={name}
              onChange={(event) => setName(event.target.value)}
              helperText={t('dayDialog.nameHelp')}
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
              onClick={() =>
                void run(async () => {
                  await call('calendar.resetDay', { date });
                  return t('resetDone', { date: shownDate });
                })
              }
            >
              {t('dayDialog.reset')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} data-testid="day-save">
            {t('common:actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
