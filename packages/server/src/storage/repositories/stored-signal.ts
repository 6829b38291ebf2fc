import type { Signal, SignalVote } from '@goldensignals/engine';

/** How the scorecard closed a signal. */
export interface SignalOutcome {
  /** What ended it, as the scorecard names it (e.g. `target`, `stop`, `expired`). */
  readonly result: string;
  /** When it ended (ISO-8601 UTC). */
  readonly at: string;
  readonly price: number | null;
  /** Signed return of following the signal, as a fraction. */
  readonly return: number | null;
}

/** A stored signal: the engine's fields (times as ISO-8601 UTC) plus its id, provenance and outcome; no votes. */
export interface StoredSignal extends Omit<Signal, 'votes'> {
  readonly id: string;
  /** True when computed from simulated market data; the API and UI must say so. */
  readonly simulated: boolean;
  /** When it was stored (ISO-8601 UTC). */
  readonly createdAt: string;
  /** `null` while the signal is still being followed. */
  readonly outcome: SignalOutcome | null;
}

/** A stored signal with every agent's vote, in registry order. */
export interface StoredSignalWithVotes extends StoredSignal {
  readonly votes: readonly SignalVote[];
}
