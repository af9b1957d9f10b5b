// Writing to the service log: an internal note, or a progress message given to the customer (向客户通报进展), with the
// channel it went by. Both are kept for good in the log.
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../../shared/api';
import { REQUEST_CHANNELS, type RequestChannel, type ServiceRequest } from '../../../../../shared/api/requests';
import { isOpen } from '../../../../../shared/requests/lifecycle';
import { useNotify } from '../../../app/notify';
import { useCurrentUser } from '../../../app/session';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SubmitButton } from '../../../components/SubmitButton';
import { inputMaxLength } from '../../../../../shared/api/limits';
import { LongTextField } from '../../../components/LongTextField';
import { useApiForm } from '../../../lib/apiForm';
import { Section } from '../../../components/Section';

type Mode = 'note' | 'progress';
type EntryValues = { text: string; channel: RequestChannel };

export function LogEntryForm({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const mayNote = mayCall(api['requests.addNote'].access, me.roles);
  const mayProgress = mayCall(api['requests.addProgress'].access, me.roles) && isOpen(request.state);
  const [mode, setMode] = useState<Mode>(mayProgress && request.complex ? 'progress' : 'note');
  const current: Mode = mode === 'progress' && !mayProgress ? 'note' : mode;
  // A note and a progress message are written by methods of their own; the form stays for the next entry.
  const { form, submit, busy, formError } = useApiForm({
    method: current === 'note' ? 'requests.addNote' : 'requests.addProgress',
    defaultValues: { text: '', channel: 'hotline' } satisfies EntryValues as EntryValues,
    toInput: (values: EntryValues) =>
      current === 'note' ? { id: request.id, text: values.text } : { id: request.id, message: values.text, channel: values.channel },
    fieldOf: (path) => (path === 'message' ? 'text' : undefined),
    onSaved: () => {
      form.resetField('text');
      notify(t(current === 'note' ? 'page.noteAdded' : 'page.progressAdded'));
    },
  });
  const { register, control, formState: { errors } } = form;
  if (!mayNote && !mayProgress) return null;

  return (
    <Section
      title={t('page.write')}
      testId="request-write"
      actions={
        mayNote && mayProgress ? (
          <ToggleButtonGroup size="small" exclusive value={current} onChange={(_event, value: Mode | null) => value && setMode(value)}>
            <ToggleButton value="note" data-testid="write-note">
              {t('page.note')}
            </ToggleButton>
            <ToggleButton value="progress" data-testid="write-progress">
              {t('page.progress')}
            </ToggleButton>
          </ToggleButtonGroup>
        ) : undefined
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack spacing={1.5}>
          <FormErrorAlert error={formError} />
          <LongTextField
            label={t(current === 'note' ? 'page.noteLabel' : 'page.progressLabel')}
            {...register('text')}
            text={form.watch('text')}
            max={current === 'note' ? inputMaxLength('requests.addNote', 'text') : inputMaxLength('requests.addProgress', 'message')}
            minRows={2}
            error={!!errors.text}
            helperText={errors.text?.message}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
            }}
            testId="write-text"
          />
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
            {current === 'progress' && (
              <Controller
                control={control}
                name="channel"
                render={({ field }) => (
                  <TextField select label={t('fields.channel')} {...field} sx={{ width: 220 }} fullWidth={false}>
                    {REQUEST_CHANNELS.map((value) => (
                      <MenuItem key={value} value={value}>
                        {t(`channels.${value}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
            )}
            <SubmitButton busy={busy} data-testid="write-save">
              {t(current === 'note' ? 'page.addNote' : 'page.addProgress')}
            </SubmitButton>
          </Stack>
        </Stack>
      </form>
    </Section>
  );
}
