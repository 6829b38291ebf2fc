import type { BarSeries } from '../series/bar-series.js';
import type { Signal } from './signal.js';
import { SignalEngine, type ReplayOptions } from './signal-engine.js';
import type { SignalEngineOptions } from './signal-engine-options.js';

/** Options of {@link generateSignal}: the engine's and the replay's. */
export type GenerateSignalOptions = SignalEngineOptions & ReplayOptions;

/**
 * The signal for the last bar of `series` from a fresh engine: one call for the CLI and for
 * one-off requests. By default the agents' weights are first learned from the series itself
 * (`learn: true`); pass `learn: false` for equal weights and the cheapest run.
 */
export function generateSignal(series: BarSeries, options: GenerateSignalOptions = {}): Signal {
  return new SignalEngine(options).replay(series, options);
}
