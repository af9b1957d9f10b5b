// 导出: the customers of a filtered list as Excel or CSV, in the user's language, saved as a file.
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
import { EXPORT_FORMATS } from '../../../../shared/api/export';
import { currentLanguage } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useCurrentUser } from '../../app/session';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { saveBase64 } from './download';

type ExportInput = ApiInput<'export.customers'>;
/** The list's filters, as `export.customers` takes them; absent ones export every customer. */
export type ExportFilters = Omit<ExportInput, 'format' | 'language'>;
type ExportFormat = ExportInput['format'];

/**
 * Shows nothing to a user whose roles may not export. `filters` may be the list's whole query input: only the filters
 * the export knows are sent (not the sort, search text or cursor).
 */
export function ExportCustomersButton({
  filters = {},
  variant = 'outlined',
  size,
}: {
  filters?: ExportFilters;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation(['import', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  if (!mayCall(api['export.customers'].access, me.roles)) return null;

  const run = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      const { region, kind, active, warrantyStatus } = filters;
      const file = await call('export.customers', {
        format,
        language: currentLanguage(),
        ...(region !== undefined && { region }),
        ...(kind !== undefined && { kind }),
        ...(active !== undefined && { active }),
        ...(warrantyStatus !== undefined && { warrantyStatus }),
      });
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
        data-testid="export-customers"
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
          <MenuItem key={format} onClick={() => void run(format)} data-testid={`export-${format}`}>
            <ListItemText primary={t(`export.${format}`)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
