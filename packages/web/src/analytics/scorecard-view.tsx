import { Box, Typography } from '@mui/material';
import { formatFraction } from './format-fraction.js';
import type { PerformanceSummary } from './performance-summary.js';

function Figure({ label, value, tone }: { readonly label: string; readonly value: string; readonly tone?: 'success.main' | 'error.main' }) {
  return (
    <Box role="group" aria-label={label} sx={{ p: 1, border: 1, borderColor: 'divider', borderRadius: 1, textAlign: 'right' }}>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ textAlign: 'left' }}>
        {label}
      </Typography>
      <Typography variant="h6" component="div" color={tone}>
        {value}
      </Typography>
    </Box>
  );
}

/** The scorecard's figures: counts by action and outcome, hit rate, average return. */
export function ScorecardView({ summary }: { readonly summary: PerformanceSummary }) {
  if (summary.signals === 0) return <Typography color="text.secondary">No signals in the last {summary.days} days.</Typography>;
  const averageTone = summary.averageReturn === null || summary.averageReturn === 0 ? undefined : summary.averageReturn > 0 ? 'success.main' : 'error.main';
  return (
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(4, minmax(0, 1fr))', lg: 'repeat(8, minmax(0, 1fr))' } }}>
      <Figure label="Signals" value={String(summary.signals)} />
      <Figure label="BUY / SELL / HOLD" value={`${summary.byAction.BUY} / ${summary.byAction.SELL} / ${summary.byAction.HOLD}`} />
      <Figure label="Open" value={String(summary.open)} />
      <Figure label="Hit target" value={String(summary.outcomes.target)} tone="success.main" />
      <Figure label="Stopped out" value={String(summary.outcomes.stop)} tone="error.main" />
      <Figure label="Expired" value={String(summary.outcomes.expired)} />
      <Figure label="Hit rate" value={formatFraction(summary.hitRate)} />
      <Figure label="Average return" value={formatFraction(summary.averageReturn)} tone={averageTone} />
    </Box>
  );
}
