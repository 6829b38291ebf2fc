import type { BacktestOptions } from '../../backtest/options/backtest-options.js';
import type { AutoFollowOptions } from '../follow/follow-options.js';

/**
 * Options of a {@link PaperPortfolio}: the backtester's execution options (cash, commission, spread,
 * margin, trade-on-close, exclusive orders, fractional units; same defaults), and auto-follow.
 */
export interface PaperPortfolioOptions extends Omit<BacktestOptions, 'finalizeTrades'> {
  /** Enables `follow(signal)` with these options. */
  readonly autoFollow?: AutoFollowOptions;
}
