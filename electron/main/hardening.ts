// Rules every web page of the app lives under: no navigation away, no new windows, no permissions, no webviews.
import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl, isConsoleExternalLink } from './trust';

function guardContents(contents: WebContents): void {
  // Moving between screens of our own renderer is harmless; anything else would put foreign code behind window.api.
  const refuseForeign = (event: Electron.Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isConsoleExternalLink(url)) void shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

// Writing plain text to the clipboard (a "copy number" button) is the one permission our own page gets.
const GRANTED_TO_OUR_PAGE = new Set(['clipboard-sanitized-write']);

/** Denies every permission request and check (camera, notifications, geolocation, …) but the clipboard write above. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(GRANTED_TO_OUR_PAGE.has(permission) && isAppUrl(contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    GRANTED_TO_OUR_PAGE.has(permission) && isAppUrl(requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Applies the guards to every webContents the app ever creates, including any later (print) windows. */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
