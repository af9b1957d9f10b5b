// Who may talk to the main process and where the window may go: pure rules, unit-tested without Electron.
import type { Language } from '../../shared/api/common';
import type { Result } from '../../shared/api/envelope';
import { CONSOLE_EXTERNAL_LINKS } from '../../shared/security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

/** True for a URL of our own renderer (app://desk/…), however it is spelled. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

export interface SenderFacts {
  /** The sending webContents belongs to one of our windows. */
  fromOurWindow: boolean;
  /** The sending frame is that window's main frame (not an iframe). */
  isMainFrame: boolean;
  /** The sending frame's URL; null once the frame is gone. */
  frameUrl: string | null;
}

/** Only the main frame of our own window, showing our own renderer, may call the back end. */
export function isTrustedSender(facts: SenderFacts): boolean {
  return facts.fromOurWindow && facts.isMainFrame && isAppUrl(facts.frameUrl);
}

/**
 * Links the page asks to open in a new window: only the addresses the console itself links to (CONSOLE_EXTERNAL_LINKS),
 * compared whole after URL parsing, go to the system browser; any other https address, and every other scheme, is
 * dropped.
 */
export function isConsoleExternalLink(url: string, links: readonly string[] = CONSOLE_EXTERNAL_LINKS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return links.some((link) => new URL(link).href === parsed.href);
}

const LANGUAGE_CARRIERS = new Set(['auth.login', 'auth.me', 'auth.setup', 'auth.setLanguage']);
const SIGN_IN_METHODS = new Set(['auth.login', 'auth.me', 'auth.setup', 'auth.setLanguage', 'auth.changePassword']);

export interface ReplyFacts {
  /** The user's language if the reply says (null: the user has not chosen; the center's default applies). */
  language?: Language | null;
  /** Whether the window's user is signed in after this reply, when the reply tells. */
  signedIn?: boolean;
}

function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

/** What an IPC reply tells the main process about the window's user, so the menu follows without another channel. */
export function factsFromReply(method: unknown, result: Result<unknown>): ReplyFacts {
  if (typeof method !== 'string') return {};
  if (!result.ok) return result.error.code === 'unauthenticated' ? { signedIn: false } : {};
  if (method === 'auth.logout') return { signedIn: false, language: null };
  const facts: ReplyFacts = {};
  if (SIGN_IN_METHODS.has(method)) facts.signedIn = true;
  const value = result.value;
  if (LANGUAGE_CARRIERS.has(method) && typeof value === 'object' && value !== null && 'language' in value) {
    const language = (value as { language: unknown }).language;
    if (isLanguage(language) || language === null) facts.language = language;
  }
  return facts;
}
