// The Electron main process: one secure window over the same back end as the browser mode.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { createBackend, type Backend } from '../backend';
import type { Language } from '../../shared/api/common';
import type { AuthStatus } from '../../shared/api/auth';
import { DEMO_PASSWORD, seedDemoData } from '../backend/demo/seed';
import { hasFlag } from './args';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { RendererNotBuiltError, askBeforeLosingChanges, showAbout, showStartupError } from './dialogs';
import { denyPermissions, hardenAllContents } from './hardening';
import { DEFAULT_LANGUAGE } from './i18n';
import { connectBackend, type BackendBridge } from './ipc';
import { HostClient } from './host-link/client';
import { localDeskHost, remoteDeskHost, type DeskHost } from './host-link/desk-host';
import { deskMethods } from './host-link/desk-methods';
import { readDeskSettings } from './host-link/desk-settings';
import { hosting, type Hosting } from './host-link/hosting';
import { resolveLocations, type Locations } from './locations';
import { keychainProtection } from './key-protection';
import { installMenu } from './menu';
import { registerPrinting } from './print';
import type { MenuState } from './menu-template';
import { createMainWindow, focusWindow } from './window';

const development = !app.isPackaged;
registerAppScheme();
hardenAllContents();
const locations = resolveLocations();

if (!app.requestSingleInstanceLock()) {
  // Another instance holds this data folder: it is told (second-instance) and brings its window forward.
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(async () => {
      mainWindow = await start(locations);
    })
    .catch((error: unknown) => {
      showStartupError(error, systemLanguage());
      app.exit(1);
    });
}

function systemLanguage(): Language {
  return app.isReady() && app.getLocale().toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

async function start(where: Locations): Promise<BrowserWindow | null> {
  if (!existsSync(join(where.rendererDir, 'index.html'))) {
    throw new RendererNotBuiltError(where.rendererDir);
  }
  // A desk of the center's host (desk.json names it, pinned) forwards every call there; otherwise this computer's own
  // archive, which the administrator may serve to the center (Settings).
  const pinned = readDeskSettings(where.dataDir).host;
  let host: DeskHost;
  let serving: Hosting | null = null;
  if (pinned) {
    host = remoteDeskHost(new HostClient(pinned));
  } else {
    let backend: Backend;
    try {
      backend = createBackend({
        dataDir: where.dataDir,
        driver: where.nativeBinding ? { nativeBinding: where.nativeBinding } : {},
        keyProtection: keychainProtection(),
      });
    } catch (error) {
      showStartupError(error, systemLanguage());
      app.exit(1);
      return null;
    }
    host = localDeskHost(backend);
    if (hasFlag(process.argv, 'demo')) {
      const demo = await seedDemoData(backend);
      console.log(
        demo.seeded
          ? `Demo data added. Users: ${demo.usernames.join(', ')}; password: ${DEMO_PASSWORD}`
          : 'The data folder already has users; demo data was not added.',
      );
    }
    serving = hosting({ backend, dataDir: where.dataDir, rendererDir: where.rendererDir });
    void serving.resume().then((state) => {
      if (state.problem) console.error(`[desk] cannot serve the center: ${state.problem}`);
    });
  }
  // Desks working on this app's archive are told it stops before it does (the app waits for that, once).
  let desksTold = false;
  app.on('before-quit', (event) => {
    if (desksTold || !serving?.state().serving) return;
    event.preventDefault();
    desksTold = true;
    void serving.stopForQuit().finally(() => app.quit());
  });
  app.on('will-quit', () => {
    void serving?.close();
    host.close();
  });

  denyPermissions(session.defaultSession);
  serveRenderer(session.defaultSession, where.rendererDir);

  const centerLanguage = async (): Promise<Language> => {
    const status = await host.invoke(host.newSession(), 'auth.status', {});
    return status.ok ? (status.value as AuthStatus).defaultLanguage : DEFAULT_LANGUAGE;
  };

  const menu: MenuState = { language: DEFAULT_LANGUAGE, signedIn: false, development, platform: process.platform };
  let window: BrowserWindow | null = null;
  let bridge: BackendBridge | null = null;
  // The user's own choice wins over the center's default, even when the default arrives later.
  let userLanguage: Language | null = null;
  const refreshMenu = () =>
    installMenu(menu, {
      navigate: (route) => bridge?.send('menu:navigate', route),
      signOut: () => bridge?.send('menu:signOut', null),
      setLanguage: (language) => {
        userLanguage = language;
        menu.language = language;
        refreshMenu();
        bridge?.send('menu:language', language);
      },
      about: () => showAbout(window, menu.language, where.dataDir),
    });
  const followCenterLanguage = () =>
    void centerLanguage().then((language) => {
      if (userLanguage !== null || menu.language === language) return;
      menu.language = language;
      refreshMenu();
    });

  const answerDesk = deskMethods({
    dataDir: where.dataDir,
    host,
    hosting: serving,
    restart: () => {
      app.relaunch();
      app.quit();
    },
  });
  bridge = connectBackend(host, (_desk, facts) => {
    let changed = false;
    if (facts.signedIn !== undefined && facts.signedIn !== menu.signedIn) {
      menu.signedIn = facts.signedIn;
      changed = true;
    }
    if (facts.language === null) {
      userLanguage = null;
      followCenterLanguage();
    } else if (facts.language !== undefined) {
      userLanguage = facts.language;
      changed ||= facts.language !== menu.language;
      menu.language = facts.language;
    }
    if (changed) refreshMenu();
  }, answerDesk);
  app.on('will-quit', () => bridge?.dispose());
  const stopPrinting = registerPrinting(bridge, { preloadPath: where.preloadPath });
  app.on('will-quit', stopPrinting);

  refreshMenu();
  followCenterLanguage();

  window = createMainWindow({ preloadPath: where.preloadPath, iconPath: where.iconPath, development });
  askBeforeLosingChanges(window, () => menu.language);
  bridge.attach(window);
  return window;
}
