import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../../../shared/i18n/resources';
import { HostUnreachableBanner } from '../components/HostUnreachableBanner';
import { ApiCallError, setAfterWrite } from '../lib/api';
import { refreshAfterWrite } from '../lib/queries';
import { dayjsLocale } from './i18n';
import { NotifyProvider } from './notify';
import { ME_KEY, signedOutBecause } from './session';
import { createAppTheme } from './theme';

function makeQueryClient(): QueryClient {
  // A call answered `unauthenticated` means the session ended (restart, restore, deactivation): back to sign-in.
  const onError = (error: unknown) => {
    if (error instanceof ApiCallError && error.error.code === 'unauthenticated' && client.getQueryData(ME_KEY)) {
      signedOutBecause.current = 'sessionEnded';
      client.setQueryData(ME_KEY, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiCallError) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  setAfterWrite(refreshAfterWrite(client));
  return client;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(makeQueryClient);
  const language = isUiLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={dayjsLocale(language)}>
          <CssBaseline />
          <NotifyProvider>
            {children}
            <HostUnreachableBanner />
          </NotifyProvider>
        </LocalizationProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
