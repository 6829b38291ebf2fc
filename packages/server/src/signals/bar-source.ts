import type { Bar } from '@goldensignals/engine';
import type { BarRequest } from '../market-data/bar-request.js';

/** Closed bars of a range and where they came from. */
export interface BarsAnswer {
  /** Closed bars, ascending. */
  readonly bars: readonly Bar[];
  /** True when any of them came from the market simulator. */
  readonly simulated: boolean;
  /** True when the providers failed and only cached bars could be given (the range may be incomplete). */
  readonly stale: boolean;
}

/** Where the signal service gets its bars: the provider chain with its database cache. */
export interface BarSource {
  bars(request: BarRequest): Promise<BarsAnswer>;
}
