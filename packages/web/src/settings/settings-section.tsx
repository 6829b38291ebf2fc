import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One titled block of the Settings or Admin page, named for assistive technology by its heading. */
export function SettingsSection({ title, description, children }: { readonly title: string; readonly description?: string; readonly children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h2">
        {title}
      </Typography>
      {description !== undefined && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {description}
        </Typography>
      )}
      {children}
    </Paper>
  );
}
