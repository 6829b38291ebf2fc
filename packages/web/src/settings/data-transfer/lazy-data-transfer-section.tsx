import { Typography } from '@mui/material';
import { lazy, Suspense } from 'react';

const Section = lazy(async () => ({ default: (await import('./data-transfer-section.js')).DataTransferSection }));

/** The Import & export section, loaded when Settings first shows it so its code stays out of the Settings chunk. */
export function LazyDataTransferSection() {
  return (
    <Suspense fallback={<Typography color="text.secondary">Loading import and export…</Typography>}>
      <Section />
    </Suspense>
  );
}
