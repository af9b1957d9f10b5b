// 导出: the parts of a filtered list (bin, status, below reorder point, a search) as Excel or CSV, in the user's
// language; the file's columns are the parts import's, so it imports again as it is.
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
import { saveBase64 } from '../export';

type ExportInput = ApiInput<'export.parts'>;
/** The list's filters as `export.parts` takes them (parts.list's, and a search); absent ones export every part. */
export type ExportPartsFilters = Partial<Pick<ExportInput, 'bin' | 'status' | 'low' | 'query'>>;

/** Shows nothing to a user whose roles may not export; only the filters the export knows are sent. */
export function ExportPartsButton({ filters = {}, variant = 'outlined', size }: { filters?: ExportPartsFilters; variant?: ButtonProps['variant']; size?: ButtonProps['size'] }) {
  const { t } = useTranslation(['import', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  if (!mayCall(api['export.parts'].access, me.roles)) return null;

  const run = async (format: ExportInput['format']) => {
    setAnchor(null);
    setBusy(true);
    try {
      const { bin, status, low, query } = filters;
      const file = await call('export.parts', {
        format,
        language: currentLanguage(),
        ...(bin !== undefined && bin !== '' && { bin }),
        ...(status !== undefined && { status }),
        ...(low !== undefined && { low }),
        ...(query !== undefined && query.trim() !== '' && { query }),
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
        data-testid="export-parts"
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
          <MenuItem key={format} onClick={() => void run(format)} data-testid={`export-parts-${format}`}>
            <ListItemText primary={t(`export.${format}`)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
