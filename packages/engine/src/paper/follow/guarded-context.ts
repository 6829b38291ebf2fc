import type { OrderRequest } from '../../backtest/broker/order-request.js';
import type { PendingOrder } from '../../backtest/broker/order.js';
import type { OpenTrade } from '../../backtest/broker/trade.js';
import type { IndicatorFunction, StrategyContext } from '../../backtest/strategy/strategy.js';
import type { IndicatorName, PriceField } from '../../backtest/strategy/named-indicator.js';
import type { Position } from '../../backtest/strategy/position-view.js';
import type { RevealedBars } from '../../backtest/strategy/revealed-bars.js';
import type { BarSeries } from '../../series/bar-series.js';
import { OrderRefused } from './order-refused.js';

/**
 * A strategy context whose entries pass a check first: `refuse(request)` returns a reason to throw
 * as {@link OrderRefused} instead of placing the order. Everything else is the inner context's, so
 * the follower trades through the backtester's own context and broker.
 */
export class GuardedContext implements StrategyContext {
  /** Set when an entry was placed through this context. */
  placed = false;

  constructor(
    private readonly inner: StrategyContext,
    private readonly refuse: (request: OrderRequest) => string | null,
  ) {}

  get index(): number {
    return this.inner.index;
  }
  get series(): BarSeries {
    return this.inner.series;
  }
  get bars(): RevealedBars {
    return this.inner.bars;
  }
  get position(): Position {
    return this.inner.position;
  }
  get trades(): readonly OpenTrade[] {
    return this.inner.trades;
  }
  get orders(): readonly PendingOrder[] {
    return this.inner.orders;
  }
  get equity(): number {
    return this.inner.equity;
  }
  get cash(): number {
    return this.inner.cash;
  }

  buy(request: OrderRequest = {}): PendingOrder {
    this.check(request);
    const order = this.inner.buy(request);
    this.placed = true;
    return order;
  }

  sell(request: OrderRequest = {}): PendingOrder {
    this.check(request);
    const order = this.inner.sell(request);
    this.placed = true;
    return order;
  }

  close(portion?: number): void {
    this.inner.close(portion);
  }

  indicator(name: IndicatorName, period: number, source?: PriceField): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, ArrayLike<number>>, ...args: A): Float64Array;
  indicator<A extends unknown[]>(compute: IndicatorFunction<A, readonly ArrayLike<number>[]>, ...args: A): Float64Array[];
  indicator(): never {
    throw new Error('indicators cannot be registered while following signals');
  }

  private check(request: OrderRequest): void {
    const reason = this.refuse(request);
    if (reason !== null) throw new OrderRefused(reason);
  }
}
