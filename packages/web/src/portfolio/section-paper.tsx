import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled panel of the page. */
export function SectionPaper({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <Paper component="section" sx={{ p: 2 }} aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
