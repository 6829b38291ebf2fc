import { AppBar, Box, Button, Container, Toolbar, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { authApi } from '../auth/auth-api.js';
import { useSessionStore } from '../auth/session-store.js';
import { LiveSocket } from '../live/live-socket.js';
import { LiveSocketContext } from '../live/live-socket-context.js';
import { DashboardPage } from '../pages/dashboard-page.js';
import { ConnectionIndicator } from './connection-indicator.js';

function socketUrl(): string {
  const { protocol, host } = globalThis.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws`;
}

/** The signed-in app: app bar (connection state, account, sign out), the one WebSocket, the page. */
export function AppShell() {
  const user = useSessionStore((state) => state.user);
  const refreshToken = useSessionStore((state) => state.refreshToken);
  const signOut = useSessionStore((state) => state.signOut);
  const socket = useMemo(() => new LiveSocket(socketUrl()), []);
  useEffect(() => {
    socket.start();
    return () => socket.stop();
  }, [socket]);

  async function endSession(): Promise<void> {
    // The session ends on the server too; a failure there must not keep the user signed in here.
    if (refreshToken !== null) await authApi.logout(refreshToken).catch(() => undefined);
    signOut();
  }

  return (
    <LiveSocketContext.Provider value={socket}>
      <AppBar position="sticky" color="default" elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            GoldenSignals
          </Typography>
          <ConnectionIndicator />
          <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
            {user?.email} ({user?.role})
          </Typography>
          <Button onClick={() => void endSession()}>Sign out</Button>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="xl" sx={{ py: 2 }}>
        <Box>
          <DashboardPage />
        </Box>
      </Container>
    </LiveSocketContext.Provider>
  );
}
