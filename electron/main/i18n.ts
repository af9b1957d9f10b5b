// Translations for the main process (menus and dialogs), from the same locale files as the renderer.
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../shared/api/common';
import enMenu from '../../shared/i18n/locales/en/menu.json';
import zhMenu from '../../shared/i18n/locales/zh-CN/menu.json';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const translator = i18next.createInstance();
void translator.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'en'],
  ns: ['menu'],
  defaultNS: 'menu',
  resources: { 'zh-CN': { menu: zhMenu }, en: { menu: enMenu } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The `menu` namespace in one language. */
export function menuTranslator(language: Language): TFunction {
  return translator.getFixedT(language, 'menu');
}
