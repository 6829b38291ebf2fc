import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { refreshSession } from '../api/api-client.js';
import { useSessionStore } from '../auth/session-store.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { usePreferences } from '../settings/preferences-store.js';
import { createAppTheme } from '../theme/create-app-theme.js';
import { AppShell } from './app-shell.js';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

/** The dashboard: restores the session from its refresh token silently, then the app or the sign-in page. */
export function App() {
  const signedIn = useSessionStore((state) => state.accessToken !== null);
  const mode = usePreferences((state) => state.theme);
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  const [restoring, setRestoring] = useState(() => useSessionStore.getState().refreshToken !== null);
  useEffect(() => {
    if (restoring) void refreshSession().finally(() => setRestoring(false));
  }, [restoring]);

  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <BrowserRouter>{restoring ? null : signedIn ? <AppShell /> : <SignInPage />}</BrowserRouter>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
