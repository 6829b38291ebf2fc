import type { BrokerSnapshot } from '../book/broker-snapshot.js';
import type { DailyLossState } from '../follow/daily-loss-guard.js';
import type { EquityPoint, PaperFill, PaperRefusal } from './paper-views.js';
import type { PaperPortfolioOptions } from './paper-options.js';
import type { Timeframe } from '../../series/timeframe.js';

/** One symbol's saved book. */
export interface PaperBookState {
  readonly symbol: string;
  readonly timeframe: Timeframe | null;
  readonly bars: Readonly<Record<'time' | 'open' | 'high' | 'low' | 'close' | 'volume', readonly number[]>>;
  readonly broker: BrokerSnapshot;
  /** The auto-follow's hold bar; null when none (Infinity). */
  readonly holdUntil: number | null;
}

/** Everything a {@link PaperPortfolio} needs to continue exactly where it stopped (plain JSON). */
export interface PaperPortfolioState {
  readonly version: 1;
  readonly options: PaperPortfolioOptions;
  readonly cash: number;
  readonly nextOrderId: number;
  readonly books: readonly PaperBookState[];
  readonly fills: readonly PaperFill[];
  readonly refusals: readonly PaperRefusal[];
  readonly equityHistory: readonly EquityPoint[];
  readonly dailyLoss: DailyLossState;
}
