// The signed-in frame: top bar (center, language, user), the navigation the user's roles allow, and the screens.
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { isUiLanguage } from '../../../shared/i18n/resources';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ChangePasswordForm } from '../features/auth';
import { SearchBox, useSearchShortcut } from '../features/customer-search';
import { CallFormHost, NewCallButton } from '../features/requests';
import { onAppEvent } from '../lib/api';
import { useLiveChanges } from '../lib/liveChanges';
import { useNotify } from './notify';
import { permittedScreens, type Screen } from './navigation';
import { ScreenRoutes } from './routes';
import { useCurrentUser, useSignedOutByHost, useSignOut, useSwitchLanguage } from './session';

export const NAV_WIDTH = 228;

function NavigationList({ screens }: { screens: Screen[] }) {
  const { t } = useTranslation('nav');
  const location = useLocation();
  const groups = (['main', 'admin'] as const).map((group) => screens.filter((s) => s.group === group));
  // The screen whose path is the longest prefix of the address: /customers/12 is the customers screen, and
  // /customers/import the import screen, not both.
  const current = screens
    .filter((s) => (s.path === '/' ? location.pathname === '/' : location.pathname === s.path || location.pathname.startsWith(`${s.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <Box component="nav" aria-label={t('label')} data-testid="navigation">
      {groups.map((items, index) =>
        items.length === 0 ? null : (
          <List
            key={index}
            dense
            subheader={
              index === 1 ? (
                <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                  {t('adminGroup')}
                </ListSubheader>
              ) : undefined
            }
          >
            {items.map((screen) => {
              const selected = screen.key === current?.key;
              const Icon = screen.icon;
              return (
                <ListItem key={screen.key} disablePadding>
                  <ListItemButton
                    component={RouterLink}
                    to={screen.path}
                    selected={selected}
                    data-testid={`nav-${screen.key}`}
                    sx={{
                      mx: 1,
                      borderRadius: 1,
                      minHeight: 38,
                      '&.Mui-selected': { bgcolor: 'rgba(43, 93, 140, 0.10)', color: 'primary.dark' },
                      '&.Mui-selected .MuiListItemIcon-root': { color: 'primary.main' },
                    }}
                  >
                    <ListItemIcon sx={{ minWidth: 34 }}>
                      <Icon fontSize="small" />
                    </ListItemIcon>
                    <ListItemText primary={t(screen.key)} slotProps={{ primary: { variant: 'body2', noWrap: true } }} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        ),
      )}
    </Box>
  );
}

function UserMenu({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation('common');
  const me = useCurrentUser();
  const signOut = useSignOut();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleOutlined />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={t('user.menu')}
        data-testid="user-menu"
        sx={{ maxWidth: 220 }}
      >
        <Typography variant="body2" noWrap component="span" data-testid="frame-user-name">
          {me.displayName}
        </Typography>
      </Button>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ px: 2, py: 1, maxWidth: 280 }}>
          <Typography variant="body2">{t('user.signedInAs', { name: me.username })}</Typography>
          <Typography variant="caption" color="text.secondary">
            {me.roles.map((role) => t(`roles.${role}`)).join(t('listSeparator'))}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            onChangePassword();
          }}
          data-testid="menu-change-password"
        >
          <ListItemIcon>
            <KeyOutlined fontSize="small" />
          </ListItemIcon>
          {t('user.changePassword')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void signOut();
          }}
          data-testid="menu-sign-out"
        >
          <ListItemIcon>
            <LogoutOutlined fontSize="small" />
          </ListItemIcon>
          {t('user.signOut')}
        </MenuItem>
      </Menu>
    </>
  );
}

/** Events from the Electron menu; in the browser none arrive. */
function useAppEvents(onIntegrity: (failed: boolean) => void) {
  const navigate = useNavigate();
  const switchLanguage = useSwitchLanguage();
  const signOut = useSignOut();
  const queryClient = useQueryClient();
  useEffect(() => {
    const off = [
      onAppEvent('menu:navigate', (path) => {
        if (typeof path === 'string' && path.startsWith('/')) void navigate(path);
      }),
      onAppEvent('menu:language', (language) => {
        if (isUiLanguage(language)) switchLanguage(language);
      }),
      onAppEvent('menu:signOut', () => void signOut()),
      onAppEvent('integrity', (payload) => {
        void queryClient.invalidateQueries({ queryKey: ['system.status'] });
        const state = typeof payload === 'object' && payload !== null ? (payload as { state?: unknown }).state : payload;
        onIntegrity(state === 'failed');
      }),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [navigate, switchLanguage, signOut, queryClient, onIntegrity]);
}

export function Frame({ centerName }: { centerName: string }) {
  const { t } = useTranslation(['common', 'auth']);
  const me = useCurrentUser();
  const notify = useNotify();
  const screens = permittedScreens(me.roles);
  const [changingPassword, setChangingPassword] = useState(false);
  const [integrityFailed, setIntegrityFailed] = useState(false);
  useAppEvents(setIntegrityFailed);
  useLiveChanges(useSignedOutByHost());
  useSearchShortcut();
  const navigate = useNavigate();
  const maySearchCustomers = screens.some((screen) => screen.key === 'customers');

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }} data-testid="app-frame">
      <AppBar position="fixed" color="primary" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ minHeight: 52, gap: 1.5 }}>
          <SupportAgentOutlined />
          <Typography variant="subtitle1" component="div" noWrap sx={{ fontWeight: 500 }}>
            {t('appName')}
          </Typography>
          <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.35)', my: 1.5 }} />
          <Typography variant="body1" component="div" noWrap sx={{ flex: 1, opacity: 0.92, minWidth: 80 }} data-testid="frame-center-name">
            {centerName}
          </Typography>
          {maySearchCustomers && (
            <SearchBox variant="topbar" testId="quick-search" onOpen={(item) => void navigate(`/customers/${item.id}`)} />
          )}
          <NewCallButton />
          <LanguageSwitch />
          <UserMenu onChangePassword={() => setChangingPassword(true)} />
        </Toolbar>
      </AppBar>
      <Box
        sx={{
          width: NAV_WIDTH,
          flexShrink: 0,
          bgcolor: 'background.paper',
          borderRight: 1,
          borderColor: 'divider',
          position: 'fixed',
          top: 52,
          bottom: 0,
          overflowY: 'auto',
          py: 1,
        }}
      >
        <NavigationList screens={screens} />
      </Box>
      <Box component="main" sx={{ flex: 1, minWidth: 0, ml: `${NAV_WIDTH}px`, mt: '52px', px: 3, py: 2.5 }}>
        {integrityFailed && (
          <Alert severity="error" sx={{ mb: 2 }} onClose={() => setIntegrityFailed(false)}>
            {t('integrityFailed')}
          </Alert>
        )}
        <ScreenRoutes screens={screens} />
      </Box>
      <CallFormHost />
      <Dialog open={changingPassword} onClose={() => setChangingPassword(false)} maxWidth="xs">
        <DialogTitle>{t('auth:changePassword.title')}</DialogTitle>
        <DialogContent>
          <Stack sx={{ pt: 1 }}>
            {changingPassword && (
              <ChangePasswordForm
                onCancel={() => setChangingPassword(false)}
                onDone={() => {
                  setChangingPassword(false);
                  notify(t('auth:changePassword.done'));
                }}
              />
            )}
          </Stack>
        </DialogContent>
      </Dialog>
    </Box>
  );
}

