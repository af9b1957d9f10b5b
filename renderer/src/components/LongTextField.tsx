// A text of several lines with a limit (a description, a complaint, an answer, notes): from 80 % of the limit it shows
// how many characters it holds of how many ("3,412 / 4,000"), red when over. It never cuts what was typed or pasted
// (no maxLength): a text over the limit is refused on save with the field's message, as the method's input refuses it.
import Box from '@mui/material/Box';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** From what share of the limit the count shows. */
export const COUNT_FROM = 0.8;

export type LongTextFieldProps = Omit<TextFieldProps, 'multiline'> & {
  /** The most characters the method takes here: `inputMaxLength(method, path)`, never a copy of the number. */
  max: number;
  /** The text now, for a field registered with a form (`form.watch(name)`); a controlled field's `value` is read itself. */
  text?: string;
  testId?: string;
};

export function LongTextField({ max, text, testId, helperText, slotProps, minRows = 2, ...props }: LongTextFieldProps) {
  const { t, i18n } = useTranslation('common');
  const current = typeof props.value === 'string' ? props.value : (text ?? '');
  const length = current.length;
  const shown = length >= max * COUNT_FROM;
  const over = length > max;
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const count: ReactNode = shown ? (
    <Box
      component="span"
      sx={{ ml: 'auto', pl: 1, flexShrink: 0, whiteSpace: 'nowrap', color: over ? 'error.main' : 'text.secondary', fontWeight: over ? 600 : undefined }}
      data-testid={testId ? `${testId}-count` : undefined}
      data-over={over}
      aria-live="polite"
    >
      {t('longText.count', { length: number(length), max: number(max) })}
    </Box>
  ) : null;
  const htmlInput = (slotProps?.htmlInput ?? {}) as Record<string, unknown>;
  return (
    <TextField
      {...props}
      multiline
      minRows={minRows}
      helperText={
        helperText || count ? (
          <Box component="span" sx={{ display: 'flex', alignItems: 'baseline' }}>
            <span>{helperText}</span>
            {count}
          </Box>
        ) : undefined
      }
      slotProps={{ ...slotProps, htmlInput: { ...htmlInput, ...(testId && { 'data-testid': testId }) } }}
    />
  );
}
