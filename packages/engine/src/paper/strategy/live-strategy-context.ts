import type { OrderRequest } from '../../backtest/broker/order-request.js';
import type { PendingOrder } from '../../backtest/broker/order.js';
import type { OpenTrade } from '../../backtest/broker/trade.js';
import { BarCursor } from '../../backtest/strategy/bar-cursor.js';
import { namedIndicator, type IndicatorName, type PriceField } from '../../backtest/strategy/named-indicator.js';
import type { Position } from '../../backtest/strategy/position-view.js';
import { RevealedBars } from '../../backtest/strategy/revealed-bars.js';
import type { IndicatorFunction, StrategyContext } from '../../backtest/strategy/strategy.js';
import { BarSeries } from '../../series/bar-series.js';
import type { Timeframe } from '../../series/timeframe.js';
import { BarTape } from '../book/bar-tape.js';
import type { PaperPortfolio } from '../portfolio/paper-portfolio.js';
import { isRows, LiveIndicator } from './live-indicator.js';

/**
 * The strategy context of a strategy trading one symbol of a paper portfolio. Trading (buy, sell,
 * close, position, trades, orders, equity, cash) is the portfolio's backtester context for the
 * symbol; bars and indicators come from this context's own copy of the bars, sized for `capacity`
 * bars, because a strategy keeps the arrays `indicator` returns in `init` for the whole run.
 */
export class LiveStrategyContext implements StrategyContext {
  readonly series: BarSeries;
  readonly cursor: BarCursor;
  readonly bars: RevealedBars;
  private readonly tape: BarTape;
  private readonly indicators: LiveIndicator[] = [];
  private initializing = true;

  constructor(
    private readonly portfolio: PaperPortfolio,
    readonly symbol: string,
    timeframe: Timeframe | undefined,
    capacity: number,
  ) {
    this.tape = new BarTape(capacity);
    this.series = new BarSeries({ symbol, ...(timeframe === undefined ? {} : { timeframe }) }, this.tape);
    this.cursor = new BarCursor(this.series);
    this.bars = new RevealedBars(this.series, this.cursor);
  }

  get index(): number {
    return this.cursor.index;
  }
  get position(): Position {
    return this.trading.position;
  }
  get trades(): readonly OpenTrade[] {
    return this.trading.trades;
  }
  get orders(): readonly PendingOrder[] {
    return this.trading.orders;
  }
  get equity(): number {
    return this.trading.equity;
  }
  get cash(): number {
    return this.trading.cash;
  }

  buy(request?: OrderRequest): PendingOrder {
    return this.trading.buy(request);
  }
  sell(request?: OrderRequest): PendingOrder {
    return this.trading.sell(request);
  }
  close(portion?: number): void {
    this.trading.close(portion);
  }

  /** Ends `init`. */
  startTrading(): void {
    this.initializing = false;
  }

  /**
   * Adds the symbol's latest bar (already given to the portfolio), refreshes the indicators and
   * returns the warm-up as the backtester counts it: the largest first-defined index (Infinity
   * while an indicator has no value yet).
   */
  advance(): number {
    const count = this.portfolio.contextOf(this.symbol).index + 1;
    const source = this.portfolio.contextOf(this.symbol).series;
    if (count > this.tape.capacity) throw new RangeError(`strategy on ${this.symbol} was sized for ${this.tape.capacity} bars`);
    this.tape.push(source.bar(count - 1));
    this.cursor.index = count - 1;
    const columns = {
      time: this.tape.time.subarray(0, count),
      open: this.tape.open.subarray(0, count),
      high: this.tape.high.subarray(0, count),
      low: this.tape.low.subarray(0, count),
      close: this.tape.close.subarray(0, count),
      volume: this.tape.volume.subarray(0, count),
    };
    const sofar = new BarSeries({ symbol: this.symbol, ...(this.series.timeframe === undefined ? {} : { timeframe: this.series.timeframe }) }, columns);
    let warmup = 0;
    for (const indicator of this.indicators) warmup = Math.max(warmup, indicator.refresh(sofar));
    return warmup;
  }

  indicator(name: IndicatorName, period: number, source?: PriceField): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, ArrayLike<number>>, ...args: A): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, readonly ArrayLike<number>[]>, ...args: A): Float64Array[];
  indicator(
    nameOrCompute: string | IndicatorFunction<unknown[], ArrayLike<number> | readonly ArrayLike<number>[]>,
    ...args: unknown[]
  ): Float64Array | Float64Array[] {
    if (!this.initializing) throw new Error('indicators must be registered in init(), not in next()');
    if (typeof nameOrCompute === 'string') {
      const [period, source] = args;
      if (typeof period !== 'number') throw new RangeError(`indicator ${nameOrCompute} needs a numeric period, got ${String(period)}`);
      if (source !== undefined && typeof source !== 'string') throw new RangeError(`indicator source must be a column name, got ${String(source)}`);
      namedIndicator(this.series, nameOrCompute, period, source); // fails now, in init, for an unknown name or source
      const live = new LiveIndicator((s) => namedIndicator(s, nameOrCompute, period, source), this.tape.capacity, 1);
      this.indicators.push(live);
      return live.outputs[0];
    }
    // The number of rows is only known from a computation: run it once on the bars to come (all NaN).
    const probe = nameOrCompute(this.series, ...args);
    const width = isRows(probe) ? probe.length : 1;
    const live = new LiveIndicator((s) => nameOrCompute(s, ...args), this.tape.capacity, width);
    this.indicators.push(live);
    return isRows(probe) ? live.outputs : live.outputs[0];
  }

  private get trading(): StrategyContext {
    return this.portfolio.contextOf(this.symbol);
  }
}
