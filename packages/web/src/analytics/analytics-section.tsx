import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled panel of the Analytics page. */
export function AnalyticsSection({ title, action, children }: { readonly title: string; readonly action?: ReactNode; readonly children: ReactNode }) {
  return (
    <Paper component="section" sx={{ p: 2, minWidth: 0 }} aria-label={title}>
      <Typography variant="h6" component="h2" sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <span>{title}</span>
        {action}
      </Typography>
      {children}
    </Paper>
  );
}
