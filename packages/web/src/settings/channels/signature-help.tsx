import { Typography } from '@mui/material';

/** How a webhook receiver checks that a request is ours and fresh (the server's `webhook-signature.ts` does the same). */
export function SignatureHelp() {
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }}>
      Each POST carries <code>X-GoldenSignals-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code> and <code>X-GoldenSignals-Event</code>. To verify it,
      compute the hex HMAC-SHA256 of <code>&lt;t&gt;.&lt;raw body&gt;</code> with the signing secret, compare it with <code>v1</code> in constant time, and
      refuse a <code>t</code> more than 5 minutes old.
    </Typography>
  );
}
