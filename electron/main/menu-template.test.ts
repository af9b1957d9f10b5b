import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTranslator } from './i18n';
import { BACKUPS_ROUTE, buildMenuTemplate, type MenuState } from './menu-template';

const state: MenuState = { language: 'zh-CN', signedIn: true, development: false, platform: 'win32' };
const actions = () => ({ navigate: vi.fn(), signOut: vi.fn(), setLanguage: vi.fn(), about: vi.fn() });

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...flatten(submenu(item))]);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('is in Chinese by default: 文件, 编辑, 视图, 帮助', () => {
    const template = buildMenuTemplate(menuTranslator('zh-CN'), state, actions());
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('follows the user to English', () => {
    const template = buildMenuTemplate(menuTranslator('en'), { ...state, language: 'en' }, actions());
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const items = flatten(template);
    expect(items.find((item) => item.id === 'language:en')?.checked).toBe(true);
    expect(items.find((item) => item.id === 'language:zh-CN')?.checked).toBe(false);
  });

  it('sends backup, sign-out and language choices to the handlers', () => {
    const handlers = actions();
    const items = flatten(buildMenuTemplate(menuTranslator('zh-CN'), state, handlers));
    click(items.find((item) => item.id === 'backup'));
    click(items.find((item) => item.id === 'signOut'));
    click(items.find((item) => item.id === 'language:en'));
    click(items.find((item) => item.id === 'about'));
    expect(handlers.navigate).toHaveBeenCalledWith(BACKUPS_ROUTE);
    expect(handlers.signOut).toHaveBeenCalledOnce();
    expect(handlers.setLanguage).toHaveBeenCalledWith('en');
    expect(handlers.about).toHaveBeenCalledOnce();
  });

  it('greys out backup and sign-out before anyone signs in', () => {
    const items = flatten(buildMenuTemplate(menuTranslator('zh-CN'), { ...state, signedIn: false }, actions()));
    expect(items.find((item) => item.id === 'backup')?.enabled).toBe(false);
    expect(items.find((item) => item.id === 'signOut')?.enabled).toBe(false);
  });

  it('offers the standard edit roles, and reload only to developers', () => {
    const roles = (development: boolean) =>
      flatten(buildMenuTemplate(menuTranslator('zh-CN'), { ...state, development }, actions())).map((item) => item.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'togglefullscreen', 'zoomIn']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('reload');
  });

  it('puts the application menu first on macOS', () => {
    const template = buildMenuTemplate(menuTranslator('en'), { ...state, language: 'en', platform: 'darwin' }, actions());
    expect(template).toHaveLength(5);
    expect(flatten(submenu(template[0])).map((item) => item.role)).toContain('quit');
  });
});
