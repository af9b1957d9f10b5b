// 导出: a button with a menu of the file formats; the chosen one is exported in the user's language and saved as a
// file. The customers' and the parts' export buttons are this button with their method and their list's filters.
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button, { type ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall, type ApiInput } from '../../../../shared/api';
import { EXPORT_FORMATS, type ExportedFile } from '../../../../shared/api/export';
import { currentLanguage } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useCurrentUser } from '../../app/session';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { saveBase64 } from './download';

/** The methods that answer a list as a file. */
export type ExportMethod = 'export.customers' | 'export.parts';
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportButtonLook {
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/** Shows nothing to a user whose roles may not call `method`; `input` is what it takes besides the format and language. */
export function ExportMenuButton<M extends ExportMethod>({
  method,
  input,
  testId,
  formatTestId,
  variant = 'outlined',
  size,
}: ExportButtonLook & {
  method: M;
  input: Omit<ApiInput<M>, 'format' | 'language'>;
  /** The button's data-testid. */
  testId: string;
  /** Each format's menu item's data-testid. */
  formatTestId: (format: ExportFormat) => string;
}) {
  const { t } = useTranslation(['import', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  if (!mayCall(api[method].access, me.roles)) return null;

  const run = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      const file: ExportedFile = await call<ExportMethod>(method, { format, language: currentLanguage(), ...input } as ApiInput<M>);
      saveBase64(file.contentBase64, file.fileName, file.mimeType);
      notify(t('export.done', { count: file.rowCount, fileName: file.fileName }));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant={variant}
        size={size}
        disabled={busy}
        startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <FileDownloadOutlined />}
        endIcon={<ArrowDropDown />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        data-testid={testId}
      >
        {busy ? t('export.exporting') : t('export.button')}
      </Button>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-label': t('export.menu') } }}
      >
        {EXPORT_FORMATS.map((format) => (
          <MenuItem key={format} onClick={() => void run(format)} data-testid={formatTestId(format)}>
            <ListItemText primary={t(`export.${format}`)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
