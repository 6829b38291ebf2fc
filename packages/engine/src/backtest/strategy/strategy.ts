import type { Bar } from '../../series/bar.js';
import type { BarSeries } from '../../series/bar-series.js';
import type { OrderRequest } from '../broker/order-request.js';
import type { PendingOrder } from '../broker/order.js';
import type { OpenTrade } from '../broker/trade.js';
import type { IndicatorName, PriceField } from './named-indicator.js';
import type { Position } from './position-view.js';
import type { RevealedBars } from './revealed-bars.js';

/** A user indicator: computed once over the whole series; one array, or several (e.g. bands), each one value per bar. */
export type IndicatorFunction<A extends unknown[], R> = (series: BarSeries, ...args: A) => R;

/**
 * What a strategy sees and does. Orders placed in `next()` at bar i fill from bar i+1 (its open, by
 * default), exactly as in backtesting.py: the strategy runs "a moment before the bar closes".
 */
export interface StrategyContext {
  /** Index of the current bar in `series` (the last bar during `init`). */
  readonly index: number;
  /** The whole series, for precomputation in `init`. In `next`, read only up to `index`: later bars are the future. */
  readonly series: BarSeries;
  /** The bars revealed so far; `bars.close(1)` is the previous close. */
  readonly bars: RevealedBars;
  /** The net open position. */
  readonly position: Position;
  /** Open trades, oldest first. A live view: closing only queues orders, so it is safe to loop over. */
  readonly trades: readonly OpenTrade[];
  /** Pending orders in the order the broker will process them. A live view: copy it before cancelling in a loop. */
  readonly orders: readonly PendingOrder[];
  /** Cash plus the open trades' profit at the current close. */
  readonly equity: number;
  readonly cash: number;
  /**
   * Places a long order; by default a market order for all the available margin. Against a short
   * position it first closes short trades (oldest first); what is left opens a long trade.
   * Throws a RangeError for invalid sizes or prices, or unless sl < entry < tp.
   */
  buy(request?: OrderRequest): PendingOrder;
  /** Places a short order (the mirror of {@link buy}); unless tp < entry < sl. */
  sell(request?: OrderRequest): PendingOrder;
  /** Closes `portion` (default all) of every open trade at the next fill. */
  close(portion?: number): void;
  /**
   * Registers an indicator during `init` and returns its values over the whole series (NaN while
   * warming up). The backtest starts trading once every registered indicator is defined: the loop
   * starts at bar 1 + w, w being the largest first-defined index. By name:
   * `ctx.indicator('sma', 20)` or `ctx.indicator('rsi', 14, 'close')`; or a function of the series:
   * `ctx.indicator((s, n) => myIndicator(s.close, n), 10)`.
   */
  indicator(name: IndicatorName, period: number, source?: PriceField): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, ArrayLike<number>>, ...args: A): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, readonly ArrayLike<number>[]>, ...args: A): Float64Array[];
}

/**
 * A trading strategy. Write one as an object literal or class:
 *
 * ```ts
 * const strategy: Strategy = {
 *   name: 'rsi-revert',
 *   init(ctx) { rsi = ctx.indicator('rsi', 14); },
 *   next(bar, ctx) {
 *     const i = ctx.index;
 *     if (!ctx.position.size && rsi[i] < 30) ctx.buy({ sl: bar.close * 0.95 });
 *     else if (ctx.position.isLong && rsi[i] > 70) ctx.close();
 *   },
 * };
 * ```
 *
 * `init` runs once before the first bar and is the only place to register indicators; `next` runs
 * on every bar from the end of the warm-up. `bar` is the current bar, a view that moves on after the
 * call: copy what you keep.
 */
export interface Strategy {
  /** Shown in reports. */
  readonly name?: string;
  init?(ctx: StrategyContext): void;
  next(bar: Bar, ctx: StrategyContext): void;
}
