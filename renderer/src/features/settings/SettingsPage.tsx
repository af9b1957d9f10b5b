// 中心设置: the center's name, hotline numbers, time zone and default language, and how desks' sessions end, saved
// against the version read.
import Autocomplete from '@mui/material/Autocomplete';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LANGUAGES, type CenterSettings, type Language } from '../../../../shared/api';
import { SESSION_IDLE_MINUTES } from '../../../../shared/api/settings';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import { foldPhoneWidth } from '../../../../shared/customers/phones';
import { HostingSection } from '../desk';

const linesOf = (text: string) =>
  text.split('\n').map((line) => foldPhoneWidth(line).trim()).filter((line) => line !== '');

type SettingsValues = {
  centerName: string;
  hotlineText: string;
  timeZone: string;
  defaultLanguage: Language;
  sessionIdleMinutes: number;
  sessionBoundToAddress: boolean;
};

/** Too many numbers are told as such (the method's input would count them as characters). */
const hotlineCount = z.object({ hotlineText: z.string().refine((text) => linesOf(text).length <= 10, { message: 'validation.invalid' }) });

const TIME_ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai'];
  }
})();

const valuesOf = (settings: CenterSettings): SettingsValues => ({
  centerName: settings.centerName,
  hotlineText: settings.hotlineNumbers.join('\n'),
  timeZone: settings.timeZone,
  defaultLanguage: settings.defaultLanguage,
  sessionIdleMinutes: settings.sessionIdleMinutes,
  sessionBoundToAddress: settings.sessionBoundToAddress,
});

function SettingsForm({ settings }: { settings: CenterSettings }) {
  const { t } = useTranslation(['settings', 'common']);
  const notify = useNotify();
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges } = useApiForm({
    method: 'settings.update',
    defaultValues: valuesOf(settings),
    toInput: (values: SettingsValues, version) => ({
      version,
      centerName: values.centerName,
      hotlineNumbers: linesOf(values.hotlineText),
      timeZone: values.timeZone,
      defaultLanguage: values.defaultLanguage,
      sessionIdleMinutes: values.sessionIdleMinutes,
      sessionBoundToAddress: values.sessionBoundToAddress,
    }),
    formSchema: hotlineCount,
    // One box holds every hotline number.
    fieldOf: (path) => (path.startsWith('hotlineNumbers') ? 'hotlineText' : undefined),
    versioned: {
      version: settings.version,
      latest: async () => {
        const latest = await call('settings.get', {});
        return { version: latest.version, values: valuesOf(latest) };
      },
    },
    onSaved: () => notify(t('saved')),
  });
  const { register, control, formState: { errors } } = form;

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 720 }}>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="settings-form">
        <Stack spacing={2.5}>
          <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
          <TheirChangesAlert
            changes={theirChanges}
            words={{
              labels: {
                centerName: t('centerName'),
                hotlineText: t('hotlineNumbers'),
                timeZone: t('timeZone'),
                defaultLanguage: t('defaultLanguage'),
                sessionIdleMinutes: t('sessionIdleMinutes'),
                sessionBoundToAddress: t('sessionBoundToAddress'),
              },
              show: (field, value) =>
                field === 'defaultLanguage'
                  ? t(`common:languageName.${value as Language}`)
                  : field === 'sessionBoundToAddress'
                    ? t(value ? 'common:status.yes' : 'common:status.no')
                    : undefined,
            }}
          />
          <TextField
            label={t('centerName')}
            {...register('centerName')}
            error={!!errors.centerName}
            helperText={errors.centerName?.message}
            slotProps={{ htmlInput: { 'data-testid': 'settings-center-name' } }}
          />
          <TextField
            label={t('hotlineNumbers')}
            {...register('hotlineText')}
            multiline
            minRows={3}
            placeholder={t('hotlinePlaceholder')}
            error={!!errors.hotlineText}
            helperText={errors.hotlineText?.message ?? t('hotlineHelp')}
            slotProps={{ htmlInput: { 'data-testid': 'settings-hotlines' } }}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Controller
              control={control}
              name="timeZone"
              render={({ field }) => (
                <Autocomplete
                  options={TIME_ZONES}
                  value={field.value}
                  onChange={(_event, value) => field.onChange(value ?? '')}
                  disableClearable
                  fullWidth
                  renderInput={(params) => (
                    <TextField {...params} label={t('timeZone')} error={!!errors.timeZone} helperText={errors.timeZone?.message ?? t('timeZoneHelp')} />
                  )}
                />
              )}
            />
            <Controller
              control={control}
              name="defaultLanguage"
              render={({ field }) => (
                <TextField select label={t('defaultLanguage')} {...field} helperText={t('defaultLanguageHelp')}>
                  {LANGUAGES.map((language) => (
                    <MenuItem key={language} value={language}>
                      {t(`common:languageName.${language}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Stack>
          <Typography variant="subtitle1" component="h2" sx={{ pt: 1 }}>
            {t('sessionsHeading')}
          </Typography>
          <TextField
            type="number"
            label={t('sessionIdleMinutes')}
            {...register('sessionIdleMinutes', { valueAsNumber: true })}
            error={!!errors.sessionIdleMinutes}
            helperText={errors.sessionIdleMinutes?.message ?? t('sessionIdleHelp')}
            slotProps={{ htmlInput: { min: SESSION_IDLE_MINUTES.min, max: SESSION_IDLE_MINUTES.max, 'data-testid': 'settings-session-idle' } }}
          />
          <Controller
            control={control}
            name="sessionBoundToAddress"
            render={({ field }) => (
              <FormControl>
                <FormControlLabel
                  control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { 'aria-describedby': 'session-bound-help', 'data-testid': 'settings-session-bound' } as object }} />}
                  label={t('sessionBoundToAddress')}
                />
                <FormHelperText id="session-bound-help" sx={{ mt: 0 }}>
                  {t('sessionBoundHelp')}
                </FormHelperText>
              </FormControl>
            )}
          />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
            <SubmitButton busy={busy} data-testid="settings-save">
              {busy ? t('common:status.saving') : t('common:actions.save')}
            </SubmitButton>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useApiQuery('settings.get', {}, { staleTime: 0 });
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {settings.isPending && <LoadingBlock />}
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {/* Not keyed by version: a save goes on from the version saved, a conflict keeps what was typed (a restore signs out). */}
      {settings.data && <SettingsForm settings={settings.data} />}
      <HostingSection />
    </>
  );
}
