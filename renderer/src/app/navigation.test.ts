// Every screen of the navigation has its name and its line on the home screen in both languages.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, resources } from '../../../shared/i18n/resources';
import { permittedScreens, SCREENS } from './navigation';

describe('the screens of the navigation', () => {
  it.each(LANGUAGES)('have a name and a home-screen description in %s', (language) => {
    const nav = resources[language].nav as unknown as Record<string, unknown>;
    const home = resources[language].home as unknown as { screens: Record<string, string> };
    for (const screen of SCREENS) {
      expect(typeof nav[screen.key], `nav name of ${screen.key}`).toBe('string');
      if (screen.key !== 'home') expect(typeof home.screens[screen.key], `home description of ${screen.key}`).toBe('string');
    }
  });
});

describe('who may open a screen', () => {
  const keys = (roles: Parameters<typeof permittedScreens>[0]) => permittedScreens(roles).map((screen) => screen.key);

  it('opens the deadline board to whoever may watch requests or complaint forms', () => {
    expect(keys(['seat_manager'])).toContain('board');
    expect(keys(['supervisor'])).toContain('board');
    // Information managers route complaint forms and take no requests: the board shows them the forms.
    expect(keys(['info_manager'])).toContain('board');
    expect(keys(['agent'])).not.toContain('board');
  });
});
