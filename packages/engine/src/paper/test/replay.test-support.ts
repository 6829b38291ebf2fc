import type { BacktestOptions } from '../../backtest/options/backtest-options.js';
import type { BacktestTrade } from '../../backtest/run/backtest-result.js';
import type { Strategy } from '../../backtest/strategy/strategy.js';
import type { BarSeries } from '../../series/bar-series.js';
import { SignalEngine } from '../../signal/signal-engine.js';
import type { AutoFollowOptions } from '../follow/follow-options.js';
import { PaperPortfolio } from '../portfolio/paper-portfolio.js';
import type { PaperTrade } from '../portfolio/paper-views.js';
import { PaperStrategyRunner } from '../strategy/paper-strategy-runner.js';

type PaperOptions = Omit<BacktestOptions, 'finalizeTrades'>;

/** The trades without the symbol, to compare with the backtester's records. */
export const withoutSymbol = (trades: readonly PaperTrade[]): BacktestTrade[] => trades.map(({ symbol: _symbol, ...trade }) => trade);

/** Feeds every bar of `series` to a paper portfolio, one at a time, with `strategy` deciding after each. */
export function paperRunStrategy(series: BarSeries, strategy: Strategy, options: PaperOptions = {}): PaperPortfolio {
  const portfolio = new PaperPortfolio(options);
  const runner = new PaperStrategyRunner(portfolio, series.symbol, strategy, { capacity: series.length, timeframe: series.timeframe ?? '1d' });
  for (let i = 0; i < series.length; i++) runner.onBar(series.bar(i));
  return portfolio;
}

/** Feeds every bar of `series` to a paper portfolio that follows a live signal engine's signal for each bar. */
export function paperRunConsensus(series: BarSeries, options: PaperOptions = {}, autoFollow: AutoFollowOptions = {}): PaperPortfolio {
  const portfolio = new PaperPortfolio({ ...options, autoFollow });
  const engine = new SignalEngine();
  for (let i = 0; i < series.length; i++) {
    const bar = series.bar(i);
    portfolio.onBar(series.symbol, bar, '1d');
    portfolio.follow(engine.update(series.symbol, '1d', bar));
  }
  return portfolio;
}
