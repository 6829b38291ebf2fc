import type { BarSeries } from '../../../series/bar-series.js';
import type { SignalSource } from './signal-source.js';

/** A strategy with a vectorised fast path: per-series work done once, then decisions per parameter set. */
export interface FastStrategy {
  /** The built-in strategy it replaces (BUILT_IN_STRATEGIES name). */
  readonly name: string;
  /** Precomputes what every parameter set shares (indicators) for one series. */
  prepare(series: BarSeries): SignalSource;
}
