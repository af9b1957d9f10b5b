// What the caller reports of a fault (报修): when it happened (发生时间), nature (性质), category (类别), location (位置),
// impact (影响程度) and what the user already did (用户已处理措施). Used by the call form and the edit dialog.
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { DraftFault } from './callDraft';
import { inputMaxLength } from '../../../../../shared/api/limits';
import { DateTimeField } from '../../../components/DateTimeField';
import { LongTextField } from '../../../components/LongTextField';

const TEXT_FIELDS = ['nature', 'category', 'location', 'impact'] as const;

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
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }} data-testid={`${testIdPrefix}-fault`}>
      <DateTimeField
        label={t('fault.occurredAt')}
        value={value.occurredAt}
        onChange={(occurredAt) => onChange({ occurredAt })}
        testId={`${testIdPrefix}-fault-occurredAt`}
        error={!!errors.occurredAt}
        helperText={errors.occurredAt}
        disableFuture
      />
      {TEXT_FIELDS.map((field) => (
        <TextField
          key={field}
          label={t(`fault.${field}`)}
          value={value[field]}
          onChange={(event) => onChange({ [field]: event.target.value })}
          error={!!errors[field]}
          helperText={errors[field]}
          size="small"
          slotProps={{ htmlInput: { 'data-testid': `${testIdPrefix}-fault-${field}` } }}
        />
      ))}
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
        sx={{ gridColumn: '1 / -1' }}
        testId={`${testIdPrefix}-fault-userActions`}
      />
    </Box>
  );
}
