// Where the app finds its parts (renderer, preload, Electron build of better-sqlite3, icon) and keeps its data.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app } from 'electron';
import { APP_FOLDER_NAME } from '../backend/data-dir';
import { requestedDataDir } from './args';

export interface Locations {
  /** The project root in development; resources/app.asar when packaged. */
  appRoot: string;
  rendererDir: string;
  preloadPath: string;
  /** better-sqlite3 built for Electron's ABI, or null to let better-sqlite3 find its own (Node) build. */
  nativeBinding: string | null;
  iconPath: string | null;
  dataDir: string;
}

const existing = (path: string) => (existsSync(path) ? path : null);

/**
 * Resolves the locations and points Electron's userData at the data folder. Call before the single-instance lock:
 * the lock lives in userData, so there is one instance per data folder. The default folder is
 * <appData>/Aftersales Desk, the same as the browser mode's, whatever the packaged product name (售后服务台) is.
 * Chromium's own caches go to a subfolder so they stay out of the way of the database and its backups.
 */
export function resolveLocations(): Locations {
  // main.cjs sits in dist/electron/, both in the project and inside app.asar.
  const appRoot = resolve(__dirname, '..', '..');
  const requested = requestedDataDir(process.argv, process.env);
  const dataDir = requested ? resolve(requested) : join(app.getPath('appData'), APP_FOLDER_NAME);
  app.setPath('userData', dataDir);
  app.setPath('sessionData', join(dataDir, 'chromium'));
  return {
    appRoot,
    rendererDir: join(appRoot, 'dist', 'renderer'),
    preloadPath: join(__dirname, 'preload.cjs'),
    nativeBinding: existing(
      app.isPackaged
        ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
        : join(appRoot, '.electron-native', 'better_sqlite3.node'),
    ),
    iconPath: existing(app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(appRoot, 'resources', 'icon.png')),
    dataDir,
  };
}
