// What is stored in a record is written in the center's language (its default-language setting), never in the
// interface's: a call logged on an English screen is read by every Chinese colleague in lists and on printed forms.
// The screen itself still speaks the user's language; only words that go into a record come from here.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../../../shared/i18n/resources';
import { useApiQuery } from './queries';

/** The center's language, for text composed into a record (the default until the settings are read). */
export function useRecordLanguage() {
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  return settings.data?.defaultLanguage ?? DEFAULT_LANGUAGE;
}

/** A `t` fixed to the center's language, for words a form writes into what it saves. */
export function useRecordT(namespace: string): TFunction {
  const { i18n } = useTranslation();
  const language = useRecordLanguage();
  return useMemo(() => i18n.getFixedT(language, namespace), [i18n, language, namespace]);
}
