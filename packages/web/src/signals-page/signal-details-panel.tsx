import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import { QueryState } from './query-state.js';
import type { SignalDetails } from './signal-details.js';
import { SignalDetailsView } from './signal-details-view.js';

/** Loads and shows one signal's details. */
export function SignalDetailsPanel({ signalId, onShowHistory }: { readonly signalId: string; readonly onShowHistory: (symbol: string) => void }) {
  const details = useQuery({ queryKey: ['signals', 'details', signalId], queryFn: () => apiRequest<SignalDetails>('GET', `/signals/${encodeURIComponent(signalId)}/details`) });
  return (
    <QueryState query={details} loading="Loading the signal's votes…">
      {(data) => <SignalDetailsView details={data} onShowHistory={onShowHistory} />}
    </QueryState>
  );
}
