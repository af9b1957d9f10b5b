// Recording a customer's suggestion (客户建议记录单): what they suggested, how it came in, who they are; forwarded to a
// department at once or later. Also opened from the call form, with the request's caller and words.
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REQUEST_CHANNELS, type RequestChannel } from '../../../../shared/api/requests';
import type { Suggestion } from '../../../../shared/api/suggestions';
import { DepartmentSelect } from '../departments';
import { CallerNameAndPhone, RecordText, CustomerOfRecord, NewRecordDialog, useNewRecordForm, type CallerPrefill } from '../records';

export interface SuggestionPrefill extends CallerPrefill {
  content?: string;
  channel?: RequestChannel;
}

export function SuggestionDialog({ prefill = {}, onClose, onCreated }: { prefill?: SuggestionPrefill; onClose: () => void; onCreated?: (suggestion: Suggestion) => void }) {
  const { t } = useTranslation(['suggestions', 'requests']);
  const opening = useNewRecordForm({
    kind: 'suggestion',
    prefill,
    own: { content: prefill.content ?? '', channel: prefill.channel ?? ('hotline' as RequestChannel), departmentId: '' as number | '' },
    input: ({ content, channel, departmentId }) => ({ content, channel, ...(departmentId !== '' && { departmentId }) }),
    onClose,
    onCreated,
  });
  const { control, formState: { errors } } = opening.form;

  return (
    <NewRecordDialog opening={opening} onClose={onClose}>
      <RecordText method="suggestions.create" name="content" label={t('fields.content')} testId="suggestion-content" />
      <Stack direction="row" spacing={2}>
        <Controller
          control={control}
          name="channel"
          render={({ field }) => (
            <TextField select label={t('fields.channel')} value={field.value} onChange={field.onChange} sx={{ width: 180, flexShrink: 0 }} data-testid="suggestion-channel">
              {REQUEST_CHANNELS.map((c) => (
                <MenuItem key={c} value={c}>
                  {t(`requests:channels.${c}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <CallerNameAndPhone testId="suggestion" />
      </Stack>
      <CustomerOfRecord />
      <Controller
        control={control}
        name="departmentId"
        render={({ field }) => (
          <DepartmentSelect
            label={t('fields.forwardTo')}
            value={field.value}
            onChange={field.onChange}
            anyLabel={t('form.forwardLater')}
            error={errors.departmentId?.message}
            testId="suggestion-department"
          />
        )}
      />
    </NewRecordDialog>
  );
}
