import { Typography } from '@mui/material';
import { lazy, Suspense } from 'react';

const Section = lazy(async () => ({ default: (await import('./integrations-section.js')).IntegrationsSection }));

/** The Integrations section, loaded when Settings first shows it so its code stays out of the Settings chunk. */
export function LazyIntegrationsSection() {
  return (
    <Suspense fallback={<Typography color="text.secondary">Loading integrations…</Typography>}>
      <Section />
    </Suspense>
  );
}
