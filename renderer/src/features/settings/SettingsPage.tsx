// 中心设置: the center's name, hotline numbers, time zone and default language, saved against the version read.
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { languageSchema, LANGUAGES, nameSchema, type CenterSettings } from '../../../../shared/api';
import { isValidTimeZone } from '../../../../shared/api/settings';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useApiQuery } from '../../lib/queries';
import { useVersionedSave } from '../../lib/formSave';
import { foldPhoneWidth } from '../../../../shared/customers/phones';

const HOTLINE = /^[0-9+\-\s()]+$/;
const linesOf = (text: string) =>
  text.split('\n').map((line) => foldPhoneWidth(line).trim()).filter((line) => line !== '');

const settingsForm = z.object({
  centerName: nameSchema,
  hotlineText: z.string().superRefine((text, ctx) => {
    const lines = linesOf(text);
    if (lines.length > 10) ctx.addIssue({ code: 'custom', message: 'validation.invalid' });
    for (const line of lines) {
      if (!HOTLINE.test(line) || line.length < 3 || line.length > 30) {
        ctx.addIssue({ code: 'custom', message: 'validation.phoneChars' });
        return;
      }
    }
  }),
  timeZone: z.string().min(1).max(64).refine(isValidTimeZone, { message: 'validation.timeZone' }),
  defaultLanguage: languageSchema,
});
type SettingsInput = z.input<typeof settingsForm>;
const FIELDS = ['centerName', 'hotlineText', 'timeZone', 'defaultLanguage'] as const;

const TIME_ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai'];
  }
})();

function SettingsForm({ settings }: { settings: CenterSettings }) {
  const { t } = useTranslation(['settings', 'common']);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { register, control, handleSubmit, setError, formState } = useForm<SettingsInput, unknown, z.output<typeof settingsForm>>({
    resolver: translatedResolver(settingsForm, t),
    defaultValues: {
      centerName: settings.centerName,
      hotlineText: settings.hotlineNumbers.join('\n'),
      timeZone: settings.timeZone,
      defaultLanguage: settings.defaultLanguage,
    },
  });
  const { errors, isSubmitting } = formState;
  const { version, setVersion, formError, conflict, save, loadLatest } = useVersionedSave({
    version: settings.version,
    fetchLatestVersion: async () => (await call('settings.get', {})).version,
    messageOf: (error) =>
      applyApiError(t, error, setError, FIELDS, (path) => (path.startsWith('hotlineNumbers') ? 'hotlineText' : (path.split('.')[0] ?? path))),
  });

  const onSubmit = handleSubmit((values) =>
    save(async () => {
      const saved = await call('settings.update', {
        version,
        centerName: values.centerName,
        hotlineNumbers: linesOf(values.hotlineText),
        timeZone: values.timeZone,
        defaultLanguage: values.defaultLanguage,
      });
      setVersion(saved.version);
      queryClient.setQueryData(['settings.get', {}], saved);
      notify(t('saved'));
    }),
  );

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 720 }}>
      <form onSubmit={onSubmit} noValidate data-testid="settings-form">
        <Stack spacing={2.5}>
          <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
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
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
            <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
              {t('version', { version })}
            </Typography>
            <SubmitButton busy={isSubmitting} data-testid="settings-save">
              {isSubmitting ? t('common:status.saving') : t('common:actions.save')}
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
      {/* Keyed by version: after a restore the form starts again from the data that is there now. */}
      {settings.data && <SettingsForm key={settings.data.version} settings={settings.data} />}
    </>
  );
}
