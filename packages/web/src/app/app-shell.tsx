import { AppBar, Button, Container, Tab, Tabs, Toolbar, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { authApi } from '../auth/auth-api.js';
import { useSessionStore } from '../auth/session-store.js';
import { LiveSocket } from '../live/live-socket.js';
import { LiveSocketContext } from '../live/live-socket-context.js';
import { AlertToasts } from '../live/alert-toasts.js';
import { roleAtLeast } from '../auth/role-at-least.js';
import { PAGES } from './app-routes.js';
import { ConnectionIndicator } from './connection-indicator.js';
import { NAV_ITEMS } from './nav-items.js';
import { SymbolSearch } from './symbol-search.js';

function socketUrl(): string {
  const { protocol, host } = globalThis.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws`;
}

/** The signed-in app: app bar (connection state, account, sign out), the one WebSocket, the page. */
export function AppShell() {
  const user = useSessionStore((state) => state.user);
  const refreshToken = useSessionStore((state) => state.refreshToken);
  const signOut = useSessionStore((state) => state.signOut);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => roleAtLeast(user?.role, item.role));
  const current = items.find((item) => item.path !== '/' && pathname.startsWith(item.path))?.path ?? '/';
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
      {/* The user's alerts pop up on whatever page is open. */}
      <AlertToasts />
      <AppBar position="sticky" color="default" elevation={0}>
        {/* On a phone the tabs take a row of their own below the title. */}
        <Toolbar sx={{ gap: { xs: 1, sm: 2 }, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="div" sx={{ flexGrow: { xs: 1, sm: 0 } }}>
            GoldenSignals
          </Typography>
          <Tabs value={current} variant="scrollable" scrollButtons="auto" sx={{ flexGrow: 1, order: { xs: 3, sm: 0 }, width: { xs: '100%', sm: 'auto' } }} aria-label="Pages">
            {items.map((item) => (
              <Tab key={item.path} value={item.path} label={item.label} component={Link} to={item.path} />
            ))}
          </Tabs>
          <ConnectionIndicator />
          <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
            {user?.email} ({user?.role})
          </Typography>
          <Button onClick={() => void endSession()} sx={{ whiteSpace: 'nowrap' }}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <SymbolSearch onPick={(symbol) => void navigate(`/chart?symbol=${encodeURIComponent(symbol)}`)} />
      <Container component="main" maxWidth="xl" sx={{ py: 2 }}>
        <Routes>
          {items.map((item) => (
            <Route key={item.path} path={item.path === '/' ? '/' : `${item.path}/*`} element={PAGES[item.path]?.()} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Container>
    </LiveSocketContext.Provider>
  );
}
