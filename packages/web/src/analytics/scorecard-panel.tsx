import { MenuItem, TextField } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { AnalyticsSection } from './analytics-section.js';
import type { PerformanceSummary } from './performance-summary.js';
import { QueryView } from './query-view.js';
import { ScorecardView } from './scorecard-view.js';

const PERIODS = [7, 30, 90, 365];

/** The signal scorecard of the last N days (`GET /signals/performance/summary`). */
export function ScorecardPanel() {
  const [days, setDays] = useState(30);
  const query = useQuery({
    queryKey: ['analytics', 'scorecard', days],
    queryFn: () => apiRequest<PerformanceSummary>('GET', `/signals/performance/summary?days=${days}`),
    placeholderData: keepPreviousData,
  });
  const selector = (
    <TextField select size="small" label="Period" value={days} onChange={(event) => setDays(Number(event.target.value))} sx={{ minWidth: 130 }}>
      {PERIODS.map((period) => (
        <MenuItem key={period} value={period}>
          {period} days
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <AnalyticsSection title="Signal scorecard" action={selector}>
      <QueryView query={query} loading="Loading the scorecard…">
        {(summary) => <ScorecardView summary={summary} />}
      </QueryView>
    </AnalyticsSection>
  );
}
