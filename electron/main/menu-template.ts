// The application menu as data: File, Edit, View, Help in the user's language (pure, so it is unit-tested).
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/api/common';

/** Where File → Backups… takes the renderer (sent as the payload of 'menu:navigate'). */
export const BACKUPS_ROUTE = '/admin/backups';

export interface MenuActions {
  navigate(route: string): void;
  signOut(): void;
  setLanguage(language: Language): void;
  about(): void;
}

export interface MenuState {
  language: Language;
  signedIn: boolean;
  development: boolean;
  platform: NodeJS.Platform;
}

export function buildMenuTemplate(t: TFunction, state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: t('file.label'),
    submenu: [
      { id: 'backup', label: t('file.backup'), enabled: state.signedIn, click: () => actions.navigate(BACKUPS_ROUTE) },
      { type: 'separator' },
      { id: 'signOut', label: t('file.signOut'), enabled: state.signedIn, click: () => actions.signOut() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t('file.quit') } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('edit.label'),
    submenu: [
      { role: 'undo', label: t('edit.undo') },
      { role: 'redo', label: t('edit.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('edit.cut') },
      { role: 'copy', label: t('edit.copy') },
      { role: 'paste', label: t('edit.paste') },
      { type: 'separator' },
      { role: 'selectAll', label: t('edit.selectAll') },
    ],
  };
  const languageItem = (language: Language, label: string): MenuItemConstructorOptions => ({
    id: `language:${language}`,
    label,
    type: 'radio',
    checked: state.language === language,
    click: () => actions.setLanguage(language),
  });
  const view: MenuItemConstructorOptions = {
    label: t('view.label'),
    submenu: [
      {
        label: t('view.language'),
        submenu: [languageItem('zh-CN', t('view.languageChinese')), languageItem('en', t('view.languageEnglish'))],
      },
      { type: 'separator' },
      // Reloading throws away unsaved form input, so only developers get it.
      ...(state.development
        ? [{ role: 'reload', label: t('view.reload') } as const, { role: 'toggleDevTools', label: t('view.toggleDevTools') } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom', label: t('view.resetZoom') },
      { role: 'zoomIn', label: t('view.zoomIn') },
      { role: 'zoomOut', label: t('view.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('view.fullScreen') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('help.label'),
    role: 'help',
    submenu: [{ id: 'about', label: t('help.about'), click: () => actions.about() }],
  };
  const macApp: MenuItemConstructorOptions = {
    label: t('about.productName'),
    submenu: [
      { label: t('help.about'), click: () => actions.about() },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: t('file.quit') },
    ],
  };
  return [...(isMac ? [macApp] : []), file, edit, view, help];
}
