// A calm, dense-but-readable theme for eight-hour shifts, with MUI's own texts in the user's language.
import { createTheme } from '@mui/material/styles';
import { enUS as materialEn, zhCN as materialZh } from '@mui/material/locale';
import type { GridLocaleText } from '@mui/x-data-grid';
import { enUS as gridEn, zhCN as gridZh } from '@mui/x-data-grid/locales';
import { enUS as pickersEn, zhCN as pickersZh } from '@mui/x-date-pickers/locales';
import type { UiLanguage } from '../../../shared/i18n/resources';

export const FONT_FAMILY = ['"Noto Sans SC"', '"Microsoft YaHei"', '"PingFang SC"', 'system-ui', 'sans-serif'].join(', ');

export function createAppTheme(language: UiLanguage) {
  const locales = language === 'zh-CN' ? [materialZh, gridZh, pickersZh] : [materialEn, gridEn, pickersEn];
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#2b5d8c', dark: '#1f4468', light: '#5f88b0', contrastText: '#ffffff' },
        secondary: { main: '#4d7a6b' },
        // Darker than MUI's defaults, so text in these colours (state chips, deadlines, warnings) reads at 4.5:1 on
        // white and on the page's background (WCAG AA; axe in e2e/accessibility.spec.ts).
        warning: { main: '#a84e00' },
        info: { main: '#01699e' },
        error: { main: '#c62828' },
        background: { default: '#f3f5f8', paper: '#ffffff' },
        text: { primary: '#1f2933', secondary: '#52606d' },
        divider: '#dde3ea',
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: FONT_FAMILY,
        fontSize: 14,
        h1: { fontSize: '1.5rem', fontWeight: 500 },
        h2: { fontSize: '1.25rem', fontWeight: 500 },
        h3: { fontSize: '1.1rem', fontWeight: 500 },
        h4: { fontSize: '1rem', fontWeight: 500 },
        h5: { fontSize: '1rem', fontWeight: 500 },
        h6: { fontSize: '0.95rem', fontWeight: 500 },
        subtitle1: { fontWeight: 500 },
        button: { textTransform: 'none', fontWeight: 500 },
      },
      components: {
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiFormControl: { defaultProps: { size: 'small' } },
        // A ring where the keyboard's focus is, on every button, link button, list entry, tab, checkbox and radio: MUI's
        // own is a faint shade (none at all on a contained button without elevation). In the text's colour, so it shows
        // on the white page and on the blue top bar alike; inside menus and lists, drawn inside the entry.
        MuiButtonBase: {
          styleOverrides: { root: { '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 } } },
        },
        MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -2 } } } },
        MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -2 } } } },
        MuiTab: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -2 } } } },
        // Round the box of a checkbox or radio, inside its padding, clear of its label.
        MuiCheckbox: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -4 } } } },
        MuiRadio: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -4 } } } },
        MuiButton: {
          defaultProps: { disableElevation: true },
          styleOverrides: { contained: ({ theme }) => ({ '&.Mui-focusVisible': { outlineColor: theme.palette.text.primary } }) },
        },
        MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderColor: '#dde3ea' } } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiDialog: {
          defaultProps: { fullWidth: true, maxWidth: 'sm' },
          // A dialog's fields and buttons sit in a <form>: it must pass the paper's column layout on, so that a tall
          // form scrolls its content and keeps its buttons in view (a plain block form let them scroll off the bottom).
          styleOverrides: { paper: { '& > form': { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 } } },
        },
        MuiTooltip: { defaultProps: { arrow: true } },
        // MUI's grey for an unselected toggle is 4.47:1 on the page's background, just short of AA.
        MuiToggleButton: { styleOverrides: { root: ({ theme }) => ({ color: theme.palette.text.secondary }) } },
      },
    },
    ...locales,
  );
}

/**
 * A DataGrid's `localeText` prop replaces the theme's texts instead of merging with them, so a grid that changes one
 * text starts from the whole set of its language.
 */
export function gridLocaleText(language: UiLanguage, overrides: Partial<GridLocaleText>): Partial<GridLocaleText> {
  const base = (language === 'zh-CN' ? gridZh : gridEn).components.MuiDataGrid.defaultProps.localeText;
  return { ...base, ...overrides };
}
