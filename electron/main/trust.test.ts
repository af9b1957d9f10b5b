import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/api/envelope';
import { CONSOLE_EXTERNAL_LINKS } from '../../shared/security';
import { factsFromReply, isAppUrl, isConsoleExternalLink, isTrustedSender } from './trust';

describe('who may call the back end over IPC', () => {
  const ours = { fromOurWindow: true, isMainFrame: true, frameUrl: 'app://desk/admin/users' };

  it('answers the main frame of our window showing our renderer', () => {
    expect(isTrustedSender(ours)).toBe(true);
  });

  it('refuses an iframe, another webContents, a gone frame, or a page that is not ours', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ours, fromOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: null })).toBe(false);
    for (const frameUrl of ['https://example.com/', 'file:///etc/passwd', 'app://evil/', 'app://user@desk/', 'about:blank', 'http://127.0.0.1:4780/']) {
      expect(isTrustedSender({ ...ours, frameUrl }), frameUrl).toBe(false);
    }
  });

  it('treats only app://desk as the app itself', () => {
    expect(isAppUrl('app://desk/')).toBe(true);
    expect(isAppUrl('app://desk.example.com/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('links the page asks to open', () => {
  it('opens only the addresses the console itself links to; any other https address is dropped', () => {
    const links = ['https://www.example.com/manual?id=1'];
    expect(isConsoleExternalLink('https://www.example.com/manual?id=1', links)).toBe(true);
    expect(isConsoleExternalLink('https://WWW.example.com:443/manual?id=1', links)).toBe(true); // the same address spelled otherwise
    for (const url of [
      'https://evil.example/',
      'https://www.example.com/manual?id=2',
      'https://www.example.com.evil.example/manual?id=1',
      'http://www.example.com/manual?id=1',
      'https://user:pw@www.example.com/manual?id=1',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'app://desk/',
      'not a url',
    ]) {
      expect(isConsoleExternalLink(url, links), url).toBe(false);
    }
  });

  it('with the links the console makes today (none), opens no address at all', () => {
    expect(CONSOLE_EXTERNAL_LINKS).toEqual([]);
    expect(isConsoleExternalLink('https://www.example.com/')).toBe(false);
  });
});

describe('what a reply tells the menu', () => {
  const me = (language: string | null) => ok({ id: 1, username: 'admin', displayName: '管理员', roles: ['admin'], language, mustChangePassword: false });

  it('takes the language of the user who signed in, set up, or changed language', () => {
    expect(factsFromReply('auth.login', me('en'))).toEqual({ signedIn: true, language: 'en' });
    expect(factsFromReply('auth.setup', me('zh-CN'))).toEqual({ signedIn: true, language: 'zh-CN' });
    expect(factsFromReply('auth.setLanguage', me('en'))).toEqual({ signedIn: true, language: 'en' });
    expect(factsFromReply('auth.me', me(null))).toEqual({ signedIn: true, language: null });
  });

  it('ignores language-looking values of other methods and unknown languages', () => {
    expect(factsFromReply('settings.get', ok({ language: 'en' }))).toEqual({});
    expect(factsFromReply('auth.login', me('fr'))).toEqual({ signedIn: true });
  });

  it('notices sign-out and expired sessions', () => {
    expect(factsFromReply('auth.logout', ok({ signedOut: true }))).toEqual({ signedIn: false, language: null });
    expect(factsFromReply('users.list', fail('unauthenticated', 'Please sign in'))).toEqual({ signedIn: false });
    expect(factsFromReply('auth.login', fail('validation', 'bad'))).toEqual({});
  });
});
