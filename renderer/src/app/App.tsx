// What the console shows first: setup on a fresh data folder, else sign-in, else a forced password change, else the frame.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { LoadingBlock } from '../components/LoadingBlock';
import { QueryError } from '../components/QueryError';
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard';
import { MustChangePasswordScreen, SetupScreen, SignInScreen } from '../features/auth';
import { PrintRoutes, isPrintPath } from '../print/PrintRoutes';
import { Frame } from './Frame';
import i18n, { rememberLanguage, storedLanguage } from './i18n';
import { CurrentUserProvider, signedOutBecause, useAuthStatus, useMeQuery } from './session';

export function App() {
  return (
    <>
      <Screen />
      <UnsavedChangesGuard />
    </>
  );
}

function Screen() {
  const { t } = useTranslation('auth');
  const status = useAuthStatus();
  const setupRequired = status.data?.setupRequired;
  const me = useMeQuery(setupRequired === false);
  const { pathname } = useLocation();

  // Before anyone signs in, this computer's last language wins, then the center's default.
  const defaultLanguage = status.data?.defaultLanguage;
  useEffect(() => {
    if (defaultLanguage && !storedLanguage() && !me.data) void i18n.changeLanguage(defaultLanguage);
  }, [defaultLanguage, me.data]);

  // Once signed in, the language the user chose last wins (also after a reload or on another computer).
  const userLanguage = me.data?.language ?? null;
  useEffect(() => {
    if (userLanguage && i18n.language !== userLanguage) {
      rememberLanguage(userLanguage);
      void i18n.changeLanguage(userLanguage);
    }
  }, [userLanguage]);

  if (status.isPending) return <LoadingBlock />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.setupRequired) return <SetupScreen />;
  if (me.isPending) return <LoadingBlock />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) {
    const notice = { sessionEnded: t('sessionEnded'), restored: t('restoredSignIn'), hostStopped: t('hostStoppedSignIn'), none: null, user: null }[signedOutBecause.current];
    return <SignInScreen centerName={status.data.centerName} notice={notice} />;
  }
  if (me.data.mustChangePassword) return <MustChangePasswordScreen centerName={status.data.centerName} />;
  // Print pages (renderer/src/print/) stand alone, without the frame: the preview's iframe, Electron's print window.
  if (isPrintPath(pathname)) {
    return (
      <CurrentUserProvider me={me.data}>
        <PrintRoutes />
      </CurrentUserProvider>
    );
  }
  return (
    <CurrentUserProvider me={me.data}>
      <Frame centerName={status.data.centerName} />
    </CurrentUserProvider>
  );
}
