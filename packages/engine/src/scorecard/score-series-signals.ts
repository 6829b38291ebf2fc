import type { BarSeries } from '../series/bar-series.js';
import type { Timeframe } from '../series/timeframe.js';
import { SignalEngine } from '../signal/signal-engine.js';
import type { SignalEngineOptions } from '../signal/signal-engine-options.js';
import type { ScorecardOptions } from './scorecard-options.js';
import type { SignalOutcome } from './signal-outcome.js';
import { SignalScorecard } from './signal-scorecard.js';

/** Options of {@link scoreSeriesSignals}. */
export interface ScoreSeriesOptions {
  /** First bar whose signal is followed; the bars before it only feed the engine (and teach it its weights). Default 0. */
  readonly from?: number;
  /** Options of the symbol's signal engine (default: every agent, weights learned as the bars go). */
  readonly engine?: SignalEngineOptions;
  readonly scorecard?: Partial<ScorecardOptions>;
  /** Timeframe for a series that has none (default 1d). */
  readonly timeframe?: Timeframe;
}

/** The followed signals of one series and how many were still open at its end (not scored). */
export interface SeriesScorecard {
  readonly outcomes: readonly SignalOutcome[];
  readonly unresolved: number;
}

/**
 * Runs a fresh signal engine over the series bar by bar, exactly as the `consensus` backtest strategy
 * feeds its own (`updateFrom` on every bar, weights learned online from the symbol's history), and
 * follows every BUY/SELL signal from bar `from` on with a {@link SignalScorecard}: the scorecard sees
 * each bar before the signal made on it, so no outcome uses a bar it could not have known.
 */
export function scoreSeriesSignals(series: BarSeries, options: ScoreSeriesOptions = {}): SeriesScorecard {
  const from = options.from ?? 0;
  const timeframe = series.timeframe ?? options.timeframe ?? '1d';
  const engine = new SignalEngine(options.engine);
  const card = new SignalScorecard(options.scorecard);
  const symbol = series.symbol;
  for (let i = 0; i < series.length; i++) {
    card.update(symbol, series.bar(i));
    const signal = engine.updateFrom(symbol, timeframe, series, i);
    if (i >= from) card.open(signal);
  }
  return { outcomes: card.outcomes, unresolved: card.openCount };
}
