import { Box, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface DetailCardProps {
  readonly title: ReactNode;
  /** The card's accessible name. */
  readonly label: string;
  readonly rows: readonly (readonly [string, ReactNode])[];
  readonly action?: ReactNode;
}

/** One table row as a phone card: a title, then label–value pairs, values right-aligned. */
export function DetailCard({ title, label, rows, action }: DetailCardProps) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} role="listitem" aria-label={label}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 0.5 }}>
        <Typography variant="subtitle2" component="h3">
          {title}
        </Typography>
        {action}
      </Stack>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.25, m: 0 }}>
        {rows.map(([name, value]) => (
          <Box key={name} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {name}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
