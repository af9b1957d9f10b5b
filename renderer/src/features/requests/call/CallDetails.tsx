// What the call is: kind (咨询/报修/投诉/建议), priority, subject and description; and, after what the caller reports of
// a fault, how it came in (channel) and whether it is complex (the customer is then owed a progress message every day
// until solved). The fields follow the order a caller tells them: the description leads straight to the fault's
// location, and what the agent decides alone (channel, complex) comes last. Kind and priority are radio groups, so
// ←→ choose and Tab goes on.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, REQUEST_CHANNELS, REQUEST_KINDS } from '../../../../../shared/api/requests';
import { inputMaxLength } from '../../../../../shared/api/limits';
import { LongTextField } from '../../../components/LongTextField';
import type { CallDraft } from './callDraft';

export type DetailErrors = Partial<Record<'subject' | 'description' | 'channel' | 'priority' | 'kind', string>>;

function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  groupRef,
  testId,
  labelOf,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
  groupRef?: RefObject<HTMLDivElement | null>;
  testId: string;
  labelOf: (value: T) => string;
}) {
  return (
    <FormControl>
      <FormLabel sx={{ fontSize: 12 }}>{label}</FormLabel>
      <RadioGroup row value={value} onChange={(event) => onChange(event.target.value as T)} ref={groupRef} data-testid={testId}>
        {options.map((option) => (
          <FormControlLabel
            key={option}
            value={option}
            control={<Radio size="small" sx={{ py: 0.5 }} slotProps={{ input: { 'data-testid': `${testId}-${option}` } as object }} />}
            label={labelOf(option)}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

export function CallDetails({
  draft,
  onChange,
  errors,
  kindRef,
  subjectPlaceholder,
}: {
  draft: CallDraft;
  onChange: (patch: Partial<CallDraft>) => void;
  errors: DetailErrors;
  kindRef: RefObject<HTMLDivElement | null>;
  /** What the subject will be if the agent leaves it empty. */
  subjectPlaceholder: string;
}) {
  const { t } = useTranslation('requests');
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Choice
          label={t('fields.kind')}
          value={draft.kind}
          options={REQUEST_KINDS}
          onChange={(kind) => onChange({ kind })}
          groupRef={kindRef}
          testId="call-kind"
          labelOf={(kind) => t(`kinds.${kind}`)}
        />
        <Choice
          label={t('fields.priority')}
          value={draft.priority}
          options={PRIORITIES}
          onChange={(priority) => onChange({ priority })}
          testId="call-priority"
          labelOf={(priority) => t(`priorities.${priority}`)}
        />
      </Stack>
      <TextField
        label={t('fields.subject')}
        value={draft.subject}
        onChange={(event) => onChange({ subject: event.target.value })}
        placeholder={subjectPlaceholder}
        error={!!errors.subject}
        helperText={errors.subject ?? (draft.subject.trim() === '' ? t('call.subjectHelp') : undefined)}
        slotProps={{ htmlInput: { 'data-testid': 'call-subject' }, inputLabel: { shrink: true } }}
      />
      <LongTextField
        label={t('fields.description')}
        value={draft.description}
        onChange={(event) => onChange({ description: event.target.value })}
        max={inputMaxLength('requests.create', 'description')}
        minRows={2}
        maxRows={6}
        error={!!errors.description}
        helperText={errors.description}
        testId="call-description"
      />
    </Stack>
  );
}

/** How the call came in and whether it is complex: the agent's own bookkeeping, after what the caller said. */
export function CallHandling({
  draft,
  onChange,
  errors,
  channel,
}: {
  draft: CallDraft;
  onChange: (patch: Partial<CallDraft>) => void;
  errors: DetailErrors;
  /** The channel shown: the one chosen, else the default for when the call came in. */
  channel: CallDraft['channel'] & string;
}) {
  const { t } = useTranslation('requests');
  return (
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }} data-testid="call-handling">
        <TextField
          select
          label={t('fields.channel')}
          value={channel}
          onChange={(event) => onChange({ channel: event.target.value as typeof channel })}
          error={!!errors.channel}
          helperText={errors.channel}
          size="small"
          sx={{ width: 220 }}
          fullWidth={false}
          data-testid="call-channel"
        >
          {REQUEST_CHANNELS.map((channel) => (
            <MenuItem key={channel} value={channel}>
              {t(`channels.${channel}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox size="small" checked={draft.complex} onChange={(event) => onChange({ complex: event.target.checked })} slotProps={{ input: { 'data-testid': 'call-complex' } as object }} />}
          label={t('fields.complexHelp')}
        />
      </Box>
  );
}
