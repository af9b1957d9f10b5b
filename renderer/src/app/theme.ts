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
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderColor: '#dde3ea' } } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiDialog: {
          defaultProps: { fullWidth: true, maxWidth: 'sm' },
          // A dialog's fields and buttons sit in a <form>: it must pass the paper's column layout on, so that a tall
          // form scrolls its content and keeps its buttons in view (a plain block form let them scroll off the bottom).
          styleOverrides: { paper: { '& > form': { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 } } },
        },
        MuiTooltip: { defaultProps: { arrow: true } },
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
