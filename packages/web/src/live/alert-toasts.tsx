import { Alert, AlertTitle, Button, Snackbar } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ALERTS_QUERY_KEYS } from '../alerts/alerts-query-keys.js';
import { alertMessageOf, type AlertMessage } from './alert-message.js';
import { useLiveChannel } from './use-live-channel.js';

/** Alerts waiting to be shown at most; a burst beyond it keeps the newest. */
const QUEUED = 5;
/** Trigger ids remembered to drop a repeat: far more than can arrive while one is on screen. */
const REMEMBERED = 200;
const SHOWN_MS = 8000;

function severityOf(alert: AlertMessage): 'success' | 'error' | 'warning' | 'info' {
  if (alert.action === 'BUY') return 'success';
  if (alert.action === 'SELL') return 'error';
  return alert.eventType === 'alert.system' ? 'warning' : 'info';
}

/**
 * The caller's alerts as they fire: each one a toast in turn (subject, text, a link to what it is about), and the
 * Alerts page's queries refreshed so its triggers and "last triggered" follow.
 */
export function AlertToasts() {
  const client = useQueryClient();
  const [queue, setQueue] = useState<readonly AlertMessage[]>([]);
  const seen = useRef<string[]>([]);
  useLiveChannel('alerts', (message) => {
    if (message.type !== 'alert') return;
    const alert = alertMessageOf(message.data);
    // The bus delivers at least once: a trigger already seen is neither shown nor refreshed for again.
    if (alert === null || seen.current.includes(alert.triggerId)) return;
    seen.current = [...seen.current, alert.triggerId].slice(-REMEMBERED);
    setQueue((current) => [...current, alert].slice(-QUEUED));
    void client.invalidateQueries({ queryKey: ALERTS_QUERY_KEYS.all });
  });
  const shown = queue[0];
  const next = () => setQueue((current) => current.slice(1));

  return (
    <Snackbar
      key={shown?.triggerId}
      open={shown !== undefined}
      autoHideDuration={SHOWN_MS}
      onClose={(_event, reason) => {
        // A click elsewhere on the page must not swallow an alert unread.
        if (reason !== 'clickaway') next();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
    >
      {shown === undefined ? undefined : (
        <Alert
          severity={severityOf(shown)}
          variant="filled"
          role="alert"
          aria-label={`Alert: ${shown.subject}`}
          action={
            <>
              {shown.url !== null && (
                <Button color="inherit" size="small" href={shown.url}>
                  Open
                </Button>
              )}
              <Button color="inherit" size="small" onClick={next}>
                Dismiss
              </Button>
            </>
          }
          sx={{ maxWidth: 420 }}
        >
          <AlertTitle>{shown.subject}</AlertTitle>
          {shown.text}
        </Alert>
      )}
    </Snackbar>
  );
}
