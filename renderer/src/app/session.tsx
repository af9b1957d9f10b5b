// Who is signed in, the center's public status, and the actions that change them (sign-out, language).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Me } from '../../../shared/api';
import type { UiLanguage } from '../../../shared/i18n/resources';
import type { SignedOutNotice } from '../../../shared/live';
import { ApiCallError, call, invoke } from '../lib/api';
import { unsavedChanges } from '../lib/unsavedChanges';
import i18n, { rememberLanguage } from './i18n';

/** Why nobody is signed in: shown on the sign-in screen when the session ended by itself. */
export const signedOutBecause: { current: 'none' | 'user' | 'sessionEnded' | 'restored' | 'hostStopped' } = { current: 'none' };

export const ME_KEY = ['auth.me', {}] as const;
export const STATUS_KEY = ['auth.status', {}] as const;
/** Kept across sign-in and sign-out (the user is replaced, not removed, so the screens watching it update). */
const KEEP = new Set(['auth.status', 'auth.me']);

export function useAuthStatus() {
  return useQuery({ queryKey: STATUS_KEY, queryFn: () => call('auth.status', {}), staleTime: 60_000 });
}

/** The signed-in user, or null when nobody is (an `unauthenticated` answer is not an error here). */
export function useMeQuery(enabled: boolean) {
  return useQuery<Me | null>({
    queryKey: ME_KEY,
    enabled,
    queryFn: async () => {
      const result = await invoke('auth.me', {});
      if (result.ok) return result.value;
      if (result.error.code === 'unauthenticated') return null;
      throw new ApiCallError(result.error);
    },
    staleTime: 60_000,
  });
}

const CurrentUserContext = createContext<Me | null>(null);

export function CurrentUserProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <CurrentUserContext.Provider value={me}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside the signed-in frame');
  return me;
}

/** After sign-in or setup: forget whatever the previous user's screens loaded, keep the new user. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return useCallback(
    (me: Me) => {
      signedOutBecause.current = 'none';
      queryClient.removeQueries({ predicate: (query) => !KEEP.has(String(query.queryKey[0])) });
      if (me.language) {
        rememberLanguage(me.language);
        void i18n.changeLanguage(me.language);
      }
      queryClient.setQueryData(ME_KEY, me);
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    },
    [queryClient],
  );
}

/** Back to the sign-in screen, forgetting what the user's screens loaded; `because` is what that screen says. */
function useBackToSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    (because: 'user' | 'restored') => {
      signedOutBecause.current = because;
      // The session is over: what a form held is gone with it (the user was asked before signing out).
      unsavedChanges.forgetAll();
      void navigate('/');
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (query) => !KEEP.has(String(query.queryKey[0])) });
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    },
    [queryClient, navigate],
  );
}

export function useSignOut() {
  const backToSignIn = useBackToSignIn();
  return useCallback(async () => {
    if (!(await unsavedChanges.confirmDiscard())) return;
    // Said before the call, so its answer is never taken for a session that ended by itself.
    signedOutBecause.current = 'user';
    await invoke('auth.logout', {});
    backToSignIn('user');
  }, [backToSignIn]);
}

/** After a restore: every session ended with the archive it was made in, this one too; back to sign-in, saying why. */
export function useSignedOutByRestore() {
  const backToSignIn = useBackToSignIn();
  return useCallback(() => backToSignIn('restored'), [backToSignIn]);
}

/**
 * The host ended this desk's session (an administrator ended it, or a restore replaced the archive): to the sign-in
 * screen saying why, as when a call finds the session gone, keeping what the screens held for after sign-in.
 */
export function useSignedOutByHost() {
  const queryClient = useQueryClient();
  return useCallback(
    (reason: SignedOutNotice['reason']) => {
      signedOutBecause.current = reason === 'restored' ? 'restored' : reason === 'stopped' ? 'hostStopped' : 'sessionEnded';
      queryClient.setQueryData(ME_KEY, null);
    },
    [queryClient],
  );
}

/** Switches without reload; remembered on this computer and, when signed in, for the user. */
export function useSwitchLanguage() {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (language: UiLanguage) => call('auth.setLanguage', { language }),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
  return useCallback(
    (language: UiLanguage) => {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
      const me = queryClient.getQueryData<Me | null>(ME_KEY);
      if (me && me.language !== language) save.mutate(language);
    },
    [queryClient, save],
  );
}
