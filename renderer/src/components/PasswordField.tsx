// A password box wired to react-hook-form: spread `register(name)` into it and pass that field's error.
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { Ref } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/api';

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'error' | 'autoComplete'> & {
  /** current: the password one has; new: one being chosen (its rules are the help text); confirm: the new one again. */
  purpose: 'current' | 'new' | 'confirm';
  fieldError: FieldError | undefined;
  testId: string;
  ref?: Ref<HTMLDivElement>;
};

export function PasswordField({ purpose, fieldError, testId, helperText, ...props }: PasswordFieldProps) {
  const { t } = useTranslation('auth');
  const help = helperText ?? (purpose === 'new' ? t('fields.passwordHelp', { min: PASSWORD_MIN_LENGTH }) : undefined);
  return (
    <TextField
      type="password"
      {...props}
      error={!!fieldError}
      helperText={fieldError?.message ?? help}
      autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    />
  );
}
