// The call form's place in the frame: the shortcut (F2, or Ctrl+Shift+N) from anywhere, the top bar's button, and the
// form itself over the current screen. Only for those who may log calls.
import AddIcCallOutlined from '@mui/icons-material/AddIcCallOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../../shared/api';
import { useCurrentUser } from '../../../app/session';
import { CallDialog } from './CallDialog';
import { closeCallForm, isCallShortcut, openCallForm, useCallFormOpen } from './callFormStore';

function useMayLogCalls(): boolean {
  const me = useCurrentUser();
  return mayCall(api['requests.create'].access, me.roles);
}

/** The top bar's button: "来电登记 F2". */
export function NewCallButton() {
  const { t } = useTranslation('requests');
  if (!useMayLogCalls()) return null;
  return (
    <Tooltip title={t('call.shortcutTooltip')}>
      <Button
        color="inherit"
        variant="outlined"
        size="small"
        startIcon={<AddIcCallOutlined />}
        onClick={openCallForm}
        data-testid="call-open"
        sx={{ borderColor: 'rgba(255,255,255,0.5)', whiteSpace: 'nowrap', flexShrink: 0 }}
      >
        {t('call.open')}
        <Box component="kbd" sx={{ ml: 1, fontSize: 11, fontFamily: 'inherit', border: 1, borderColor: 'rgba(255,255,255,0.45)', borderRadius: 0.5, px: 0.5 }}>
          {t('call.shortcut')}
        </Box>
      </Button>
    </Tooltip>
  );
}

/** The shortcut and the form; rendered once by the frame. */
export function CallFormHost() {
  const allowed = useMayLogCalls();
  const open = useCallFormOpen();
  useEffect(() => {
    if (!allowed) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isCallShortcut(event)) return;
      event.preventDefault();
      openCallForm();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allowed]);
  // Signed out or another user: the form closes (its draft stays with the user who typed it).
  useEffect(() => closeCallForm, []);
  if (!allowed || !open) return null;
  return <CallDialog onClose={closeCallForm} />;
}
