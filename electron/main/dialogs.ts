// The main process's own dialogs: About, and why the app could not start.
import { app, dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../shared/api/common';
import { NewerDatabaseError } from '../backend/db/migrate';
import { menuTranslator } from './i18n';

export function showAbout(window: BrowserWindow | null, language: Language, dataDir: string): void {
  const t = menuTranslator(language);
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: t('about.title'),
    message: t('about.productName'),
    detail: t('about.detail', {
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      dataDir,
    }),
    buttons: [t('about.ok')],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** The built renderer is missing (a development checkout that was never built). */
export class RendererNotBuiltError extends Error {
  constructor(rendererDir: string) {
    super(`The user interface is not built (${rendererDir}). Run \`npm run build\`, then start again.`);
    this.name = 'RendererNotBuiltError';
  }
}

function looksLikeWrongNativeBuild(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /NODE_MODULE_VERSION|compiled against a different Node\.js version|Could not locate the bindings file|better_sqlite3\.node/.test(text);
}

/** Explains a start-up failure in a modal dialog; the caller quits afterwards. */
export function showStartupError(error: unknown, language: Language): void {
  const t = menuTranslator(language);
  const message =
    error instanceof NewerDatabaseError
      ? t('dialog.newerDatabase')
      : error instanceof RendererNotBuiltError
        ? t('dialog.notBuilt')
        : looksLikeWrongNativeBuild(error)
          ? t('dialog.nativeModule')
          : t('dialog.startFailed');
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`[main] ${message}\n${detail}`);
  dialog.showMessageBoxSync({ type: 'error', title: t('dialog.startFailedTitle'), message, detail, buttons: [t('dialog.quit')] });
}

/**
 * A form holds changes not saved (the page refused to unload): Electron shows nothing by itself and keeps the window,
 * so the user is asked here whether to close or reload anyway.
 */
export function askBeforeLosingChanges(window: BrowserWindow, language: () => Language): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const t = menuTranslator(language());
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: t('dialog.unsavedTitle'),
      message: t('dialog.unsavedMessage'),
      buttons: [t('dialog.unsavedKeep'), t('dialog.unsavedDiscard')],
      defaultId: 0,
      cancelId: 0,
    });
    // preventDefault here lets the page go, its changes discarded.
    if (choice === 1) event.preventDefault();
  });
}
