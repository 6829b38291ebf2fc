import { Divider, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client.js';
import { useLiveChannel } from '../../live/use-live-channel.js';
import { SectionPaper } from '../section-paper.js';
import { SectionState } from '../section-state.js';
import type { AutoFollowDecision } from './auto-follow-decision.js';
import { AutoFollowDecisionsView } from './auto-follow-decisions-view.js';
import { AutoFollowForm } from './auto-follow-form.js';
import { AUTO_FOLLOW_QUERY_KEYS as KEYS } from './auto-follow-query-keys.js';
import type { AutoFollowSettings, AutoFollowSettingsInput } from './auto-follow-settings.js';

// A decision that orders nothing (a skip) sends no portfolio event; this beat shows those too.
const DECISIONS_REFRESH_MS = 30_000;
const DECISIONS_SHOWN = 50;

/**
 * A paper portfolio's auto-follow: the settings form (read-only without `canEdit`) and the recent decisions, refreshed
 * by every `portfolio:<id>` live event and every 30 s.
 */
export function AutoFollowSection({ portfolioId, canEdit }: { readonly portfolioId: string; readonly canEdit: boolean }) {
  const client = useQueryClient();
  const base = `/portfolios/${encodeURIComponent(portfolioId)}/auto-follow`;
  const settings = useQuery({ queryKey: KEYS.settings(portfolioId), queryFn: () => apiRequest<AutoFollowSettings>('GET', base) });
  const decisions = useQuery({
    queryKey: KEYS.decisions(portfolioId),
    queryFn: () => apiRequest<{ decisions: AutoFollowDecision[] }>('GET', `${base}/decisions?limit=${DECISIONS_SHOWN}`),
    refetchInterval: DECISIONS_REFRESH_MS,
  });

  useLiveChannel(`portfolio:${portfolioId}`, () => void client.invalidateQueries({ queryKey: KEYS.decisions(portfolioId) }));

  async function save(input: AutoFollowSettingsInput): Promise<AutoFollowSettings> {
    const stored = await apiRequest<AutoFollowSettings>('PUT', base, input);
    client.setQueryData(KEYS.settings(portfolioId), stored);
    return stored;
  }

  return (
    <SectionPaper title="Auto-follow">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Trades each new signal in this portfolio with play money, within the limits below: a BUY opens a position, a SELL closes it.
      </Typography>
      <SectionState query={settings} loading="Loading auto-follow settings…">
        {/* Keyed by portfolio only: a refetch must not wipe what is being typed. */}
        {(data) => <AutoFollowForm key={portfolioId} settings={data} canEdit={canEdit} onSave={save} />}
      </SectionState>
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Recent decisions
      </Typography>
      <SectionState query={decisions} loading="Loading decisions…">
        {(data) => <AutoFollowDecisionsView decisions={data.decisions} />}
      </SectionState>
    </SectionPaper>
  );
}
