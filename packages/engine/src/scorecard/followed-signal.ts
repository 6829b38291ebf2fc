import type { SignalAction } from '../agents/agent.js';
import type { Signal } from '../signal/signal.js';

/** A signal the scorecard is following: what it needs of the signal, fixed when it was opened. */
export interface FollowedSignal {
  readonly signal: Signal;
  readonly direction: 1 | -1;
  /** The signal bar's start, epoch ms: bars at or before it do not count. */
  readonly signalTime: number;
  readonly expiryBars: number;
  /** Dead-band per √bar (deviations × per-bar volatility at the signal bar); NaN when unknown. */
  readonly bandPerBar: number;
  /** The benchmark's close at the signal bar (the entry for the symbol's own buy-and-hold); NaN when unknown. */
  readonly benchmarkStart: number;
  /** The agents that voted and how. */
  readonly votes: readonly { readonly agent: string; readonly action: SignalAction }[];
  /** Bars followed so far after the signal bar. */
  bars: number;
}
