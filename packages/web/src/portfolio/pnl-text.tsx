import { Typography } from '@mui/material';
import { formatSignedAmount } from './format-signed-amount.js';

/** A profit or loss, green above zero, red below, with its percentage when given; `–` when unknown. */
export function PnlText({ amount, percent, suffix = '' }: { readonly amount: string | null; readonly percent?: number | null; readonly suffix?: string }) {
  const value = amount === null ? 0 : Number(amount);
  const color = amount === null || value === 0 ? 'text.secondary' : value > 0 ? 'success.main' : 'error.main';
  return (
    <Typography component="span" variant="body2" sx={{ color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatSignedAmount(amount)}
      {amount !== null && suffix}
      {percent !== undefined && percent !== null && ` (${percent > 0 ? '+' : ''}${percent.toFixed(2)}%)`}
    </Typography>
  );
}
