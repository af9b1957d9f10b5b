// Writing to the service log: an internal note, or a progress message given to the customer (向客户通报进展), with the
// channel it went by. Both are kept for good in the log.
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../../shared/api';
import { REQUEST_CHANNELS, type RequestChannel, type ServiceRequest } from '../../../../../shared/api/requests';
import { isOpen } from '../../../../../shared/requests/lifecycle';
import { useNotify } from '../../../app/notify';
import { useCurrentUser } from '../../../app/session';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SubmitButton } from '../../../components/SubmitButton';
import { call } from '../../../lib/api';
import { errorMessage } from '../../../lib/errors';
import { Section } from '../../../components/Section';

type Mode = 'note' | 'progress';

export function LogEntryForm({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const mayNote = mayCall(api['requests.addNote'].access, me.roles);
  const mayProgress = mayCall(api['requests.addProgress'].access, me.roles) && isOpen(request.state);
  const [mode, setMode] = useState<Mode>(mayProgress && request.complex ? 'progress' : 'note');
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<RequestChannel>('hotline');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!mayNote && !mayProgress) return null;
  const current: Mode = mode === 'progress' && !mayProgress ? 'note' : mode;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('errors:validation.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (current === 'note') await call('requests.addNote', { id: request.id, text });
      else await call('requests.addProgress', { id: request.id, message: text, channel });
      setText('');
      notify(t(current === 'note' ? 'page.noteAdded' : 'page.progressAdded'));
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

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
          <FormErrorAlert error={error} />
          <TextField
            label={t(current === 'note' ? 'page.noteLabel' : 'page.progressLabel')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={2}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
            }}
            slotProps={{ htmlInput: { 'data-testid': 'write-text' } }}
          />
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
            {current === 'progress' && (
              <TextField select label={t('fields.channel')} value={channel} onChange={(event) => setChannel(event.target.value as RequestChannel)} sx={{ width: 220 }} fullWidth={false}>
                {REQUEST_CHANNELS.map((value) => (
                  <MenuItem key={value} value={value}>
                    {t(`channels.${value}`)}
                  </MenuItem>
                ))}
              </TextField>
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
