import { Typography } from '@mui/material';

/** A percentage change, green up, red down, `–` when unknown. */
export function ChangeText({ percent }: { readonly percent: number | null }) {
  if (percent === null) return <Typography component="span" variant="body2" color="text.secondary">–</Typography>;
  const color = percent > 0 ? 'success.main' : percent < 0 ? 'error.main' : 'text.secondary';
  return (
    <Typography component="span" variant="body2" sx={{ color, fontVariantNumeric: 'tabular-nums' }}>
      {percent > 0 ? '+' : ''}
      {percent.toFixed(2)}%
    </Typography>
  );
}
