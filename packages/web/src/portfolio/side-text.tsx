import { Typography } from '@mui/material';

/** Buy in green, sell in red. */
export function SideText({ side }: { readonly side: 'buy' | 'sell' }) {
  return (
    <Typography component="span" variant="body2" sx={{ color: side === 'buy' ? 'success.main' : 'error.main', fontWeight: 500, textTransform: 'uppercase' }}>
      {side}
    </Typography>
  );
}
