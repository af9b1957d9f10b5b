// The language a page is printed in: the interface language unless the user picks the other one for this print.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/api/common';
import { isUiLanguage } from '../../../shared/i18n/resources';

/** The chosen print language; it follows the interface language until the user picks one. */
export function usePrintLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const [chosen, setChosen] = useState<Language | null>(null);
  const ui: Language = isUiLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return [chosen ?? ui, setChosen];
}

export function PrintLanguageSelect({ value, onChange }: { value: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation(['print', 'common']);
  return (
    <TextField
      select
      label={t('preview.language')}
      value={value}
      onChange={(event) => onChange(event.target.value as Language)}
      sx={{ width: 150 }}
      fullWidth={false}
      data-testid="print-language"
    >
      {LANGUAGES.map((language) => (
        <MenuItem key={language} value={language} data-testid={`print-language-${language}`}>
          {t(`common:language.${language}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
