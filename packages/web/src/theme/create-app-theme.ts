import { createTheme, type Theme } from '@mui/material/styles';

/** The dashboard's theme: dark by default, like the trading screens it sits next to; light on request. */
export function createAppTheme(mode: 'dark' | 'light'): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: '#f0b90b' },
      success: { main: '#26a69a' },
      error: { main: '#ef5350' },
      ...(mode === 'dark' ? { background: { default: '#0b0e14', paper: '#131722' } } : {}),
    },
    shape: { borderRadius: 6 },
    typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', fontSize: 13 },
  });
}
