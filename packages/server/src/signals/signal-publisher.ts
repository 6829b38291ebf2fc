import type { Bar, Timeframe } from '@goldensignals/engine';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';

/** Tells subscribers (WebSocket clients, notifiers) about stored signals and newly closed bars. */
export interface SignalPublisher {
  publishSignal(signal: StoredSignal): void;
  /** Bars of a followed symbol that closed since the service last looked, oldest first. */
  publishBars?(symbol: string, timeframe: Timeframe, bars: readonly Bar[], simulated: boolean): void;
  /** A signal the scorecard closed (its `outcome` set), announced once the outcome is stored. */
  publishOutcome?(signal: StoredSignal): void;
}
