import { Alert, Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client.js';
import { CopyableText } from '../integrations/copyable-text.js';

/** `POST /feeds/token`: a new token (it replaces the old one) and the feed addresses that carry it. */
interface FeedLinks {
  readonly token: string;
  readonly rssUrl: string;
  readonly atomUrl: string;
}

/**
 * The caller's RSS and Atom signal feeds: a feed reader cannot sign in, so the address carries a token. A new token
 * replaces the old one (old addresses stop working) and its addresses are shown once; Revoke stops the feeds.
 */
export function FeedTokenPanel() {
  const create = useMutation<FeedLinks, Error>({ mutationFn: () => apiRequest<FeedLinks>('POST', '/feeds/token') });
  const revoke = useMutation<undefined, Error>({
    mutationFn: () => apiRequest<undefined>('DELETE', '/feeds/token'),
    onSuccess: () => create.reset(),
  });
  const busy = create.isPending || revoke.isPending;

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary">
        Your newest BUY and SELL signals on your watchlists’ symbols (all symbols without a watchlist), for any feed reader.
      </Typography>
      {create.isSuccess && (
        <Alert severity="success" role="region" aria-label="Feed addresses" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
          <Stack spacing={1.5}>
            <Typography variant="body2">Copy them now: they hold the token and are not shown again. Any earlier feed address has stopped working.</Typography>
            <CopyableText label="RSS feed URL" value={create.data.rssUrl} />
            <CopyableText label="Atom feed URL" value={create.data.atomUrl} />
          </Stack>
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => {
            revoke.reset();
            create.mutate();
          }}
        >
          {create.isPending ? 'Creating…' : 'New feed token'}
        </Button>
        <Button
          color="error"
          disabled={busy}
          onClick={() => {
            create.reset();
            revoke.mutate();
          }}
        >
          {revoke.isPending ? 'Revoking…' : 'Revoke feed token'}
        </Button>
      </Stack>
      {revoke.isSuccess && (
        <Alert severity="info" role="status">
          Feed token revoked: readers using its addresses now get 401.
        </Alert>
      )}
      {(create.error ?? revoke.error) !== null && (
        <Alert severity="error" role="alert">
          {(create.error ?? revoke.error)?.message}
        </Alert>
      )}
    </Stack>
  );
}
