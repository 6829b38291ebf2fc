import type { Strategy } from '../../backtest/strategy/strategy.js';
import type { Bar } from '../../series/bar.js';
import type { Timeframe } from '../../series/timeframe.js';
import type { PaperPortfolio } from '../portfolio/paper-portfolio.js';
import { LiveStrategyContext } from './live-strategy-context.js';

/** Options of {@link PaperStrategyRunner}. */
export interface PaperStrategyRunnerOptions {
  /** Most bars the run will see (the strategy's indicator arrays are this long). Default 100 000. */
  readonly capacity?: number;
  readonly timeframe?: Timeframe;
}

/**
 * Runs a backtest {@link Strategy} on one symbol of a paper portfolio as bars arrive: each `onBar`
 * is one iteration of `runBacktest`'s loop (the portfolio's broker fills pending orders on the bar,
 * then, once the indicators are warm, `strategy.next` decides on it, for the next bar).
 */
export class PaperStrategyRunner {
  private readonly context: LiveStrategyContext;

  constructor(
    private readonly portfolio: PaperPortfolio,
    readonly symbol: string,
    private readonly strategy: Strategy,
    private readonly options: PaperStrategyRunnerOptions = {},
  ) {
    const capacity = options.capacity ?? 100_000;
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be an integer >= 1, got ${capacity}`);
    this.context = new LiveStrategyContext(portfolio, symbol, options.timeframe, capacity);
    strategy.init?.(this.context);
    this.context.startTrading();
  }

  onBar(bar: Bar): void {
    this.portfolio.onBar(this.symbol, bar, this.options.timeframe);
    const warmup = this.context.advance();
    // As runBacktest: the strategy first decides on bar 1 + warm-up.
    if (this.context.index >= 1 + warmup) this.strategy.next(this.context.cursor, this.context);
  }
}
