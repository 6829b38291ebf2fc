import type { BarSeries } from '../../series/bar-series.js';
import type { Broker } from '../broker/broker.js';
import { entryOrderSpec } from '../broker/entry-order-spec.js';
import type { OrderRequest } from '../broker/order-request.js';
import type { PendingOrder } from '../broker/order.js';
import type { OpenTrade } from '../broker/trade.js';
import { BarCursor } from './bar-cursor.js';
import { firstValidIndex } from './first-valid-index.js';
import { namedIndicator, type IndicatorName, type PriceField } from './named-indicator.js';
import { PositionView } from './position-view.js';
import { RevealedBars } from './revealed-bars.js';
import type { IndicatorFunction, StrategyContext } from './strategy.js';

function toColumn(values: ArrayLike<number>, length: number, label: string): Float64Array {
  if (values.length !== length) {
    throw new RangeError(`indicator ${label} has ${values.length} values; the series has ${length} bars`);
  }
  return values instanceof Float64Array ? values : Float64Array.from(values);
}

function isRows(value: unknown): value is readonly ArrayLike<number>[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === 'object';
}

/** The {@link StrategyContext} of one run; the runner moves `cursor` and then calls the strategy. */
export class BacktestContext implements StrategyContext {
  readonly cursor: BarCursor;
  readonly bars: RevealedBars;
  readonly position: PositionView;
  /** Largest first-defined index over the registered indicators: backtesting.py's `w`. */
  warmup = 0;
  private initializing = true;

  constructor(
    readonly series: BarSeries,
    private readonly broker: Broker,
    private readonly fractional: boolean,
  ) {
    this.cursor = new BarCursor(series);
    this.cursor.index = series.length - 1;
    this.bars = new RevealedBars(series, this.cursor);
    this.position = new PositionView(broker);
  }

  get index(): number {
    return this.cursor.index;
  }

  get trades(): readonly OpenTrade[] {
    return this.broker.trades;
  }

  get orders(): readonly PendingOrder[] {
    return this.broker.orders;
  }

  get equity(): number {
    return this.broker.currentEquity;
  }

  get cash(): number {
    return this.broker.cash;
  }

  /** Ends the `init` phase: indicators can no longer be registered. */
  startTrading(): void {
    this.initializing = false;
  }

  buy(request: OrderRequest = {}): PendingOrder {
    return this.broker.placeOrder(entryOrderSpec(request, 1, this.fractional));
  }

  sell(request: OrderRequest = {}): PendingOrder {
    return this.broker.placeOrder(entryOrderSpec(request, -1, this.fractional));
  }

  close(portion = 1): void {
    this.position.close(portion);
  }

  indicator(name: IndicatorName, period: number, source?: PriceField): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, ArrayLike<number>>, ...args: A): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, readonly ArrayLike<number>[]>, ...args: A): Float64Array[];
  indicator(
    nameOrCompute: string | IndicatorFunction<unknown[], ArrayLike<number> | readonly ArrayLike<number>[]>,
    ...args: unknown[]
  ): Float64Array | Float64Array[] {
    if (!this.initializing) throw new Error('indicators must be registered in init(), not in next()');
    const n = this.series.length;
    if (typeof nameOrCompute === 'string') {
      const [period, source] = args;
      if (typeof period !== 'number') throw new RangeError(`indicator ${nameOrCompute} needs a numeric period, got ${String(period)}`);
      if (source !== undefined && typeof source !== 'string') throw new RangeError(`indicator source must be a column name, got ${String(source)}`);
      const values = namedIndicator(this.series, nameOrCompute, period, source);
      this.warmup = Math.max(this.warmup, firstValidIndex(values));
      return values;
    }
    const label = nameOrCompute.name || 'function';
    const result = nameOrCompute(this.series, ...args);
    if (isRows(result)) {
      const rows = result.map((row, k) => toColumn(row, n, `${label}[${k}]`));
      for (const row of rows) this.warmup = Math.max(this.warmup, firstValidIndex(row));
      return rows;
    }
    const values = toColumn(result, n, label);
    this.warmup = Math.max(this.warmup, firstValidIndex(values));
    return values;
  }
}
