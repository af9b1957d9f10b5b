// Installs the application menu in a language, rebuilt whenever the language or the sign-in state changes.
import { Menu } from 'electron';
import { menuTranslator } from './i18n';
import { buildMenuTemplate, type MenuActions, type MenuState } from './menu-template';

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(menuTranslator(state.language), state, actions)));
}
