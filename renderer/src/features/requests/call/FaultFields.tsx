// What the caller reports of a fault (报修), in the order a caller tells it: where (位置), when it happened (发生时间),
// how bad it is (影响程度) and what the user already did (用户已处理措施); then the agent's own reading of it, nature
// (性质) and category (类别). Used by the call form and the edit dialog; in the call form the description leads here.
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { DraftFault } from './callDraft';
import { inputMaxLength } from '../../../../../shared/api/limits';
import { DateTimeField } from '../../../components/DateTimeField';
import { LongTextField } from '../../../components/LongTextField';

type TextFieldName = 'location' | 'impact' | 'nature' | 'category';

export function FaultFields({
  value,
  onChange,
  errors = {},
  testIdPrefix,
}: {
  value: DraftFault;
  onChange: (patch: Partial<DraftFault>) => void;
  errors?: Partial<Record<keyof DraftFault, string>>;
  testIdPrefix: string;
}) {
  const { t } = useTranslation('requests');
  const textField = (field: TextFieldName) => (
    <TextField
      label={t(`fault.${field}`)}
      value={value[field]}
      onChange={(event) => onChange({ [field]: event.target.value })}
      error={!!errors[field]}
      helperText={errors[field]}
      size="small"
      slotProps={{ htmlInput: { 'data-testid': `${testIdPrefix}-fault-${field}` } }}
    />
  );
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }} data-testid={`${testIdPrefix}-fault`}>
      {textField('location')}
      <DateTimeField
        label={t('fault.occurredAt')}
        value={value.occurredAt}
        onChange={(occurredAt) => onChange({ occurredAt })}
        testId={`${testIdPrefix}-fault-occurredAt`}
        error={!!errors.occurredAt}
        helperText={errors.occurredAt}
        disableFuture
      />
      {textField('impact')}
      <LongTextField
        label={t('fault.userActions')}
        value={value.userActions}
        onChange={(event) => onChange({ userActions: event.target.value })}
        // The same fault fields for a new call and an edit.
        max={inputMaxLength('requests.create', 'fault.userActions')}
        error={!!errors.userActions}
        helperText={errors.userActions}
        size="small"
        minRows={1}
        testId={`${testIdPrefix}-fault-userActions`}
      />
      {textField('nature')}
      {textField('category')}
    </Box>
  );
}
