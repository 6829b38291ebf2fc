import type { SignalVote } from '@goldensignals/engine';
import type { SignalView } from '../signals/signal-view.js';

/** `GET /signals/{id}/details`: the signal, every agent's vote in registry order, and its feedback. */
export interface SignalDetails {
  readonly signal: SignalView;
  readonly votes: readonly SignalVote[];
  readonly feedback: { readonly count?: number; readonly averageRating?: number | null };
}
