import type { Broker } from '../../backtest/broker/broker.js';
import type { Order } from '../../backtest/broker/order.js';
import type { ResolvedBacktestOptions } from '../../backtest/options/backtest-options.js';
import { BacktestContext } from '../../backtest/strategy/backtest-context.js';
import type { Bar } from '../../series/bar.js';
import { BarSeries } from '../../series/bar-series.js';
import type { Timeframe } from '../../series/timeframe.js';
import type { PaperFill } from '../portfolio/paper-views.js';
import { BarTape } from './bar-tape.js';
import type { BrokerSnapshot } from './broker-snapshot.js';
import { newFills } from './new-fills.js';
import { restoreBroker } from './restore-broker.js';
import { snapshotBroker } from './snapshot-broker.js';

const FIRST_CAPACITY = 256;

const EMPTY: BrokerSnapshot = { cash: 0, open: [], closed: [], orders: [], marginCancels: 0, firstMarginCancelBar: -1 };

/**
 * One symbol of a paper portfolio: its bars and the backtester's own {@link Broker} over them,
 * stepped one bar at a time with `broker.next(i)` exactly as `runBacktest` steps it. The broker
 * reads prices from columns fixed when it is made, so when the tape is full the book is rebuilt
 * over a larger copy from a snapshot of the broker (the same path as restoring from JSON).
 * `context` is the backtester's strategy context over this broker, for strategies and the follower.
 */
export class SymbolBook {
  tape: BarTape;
  broker: Broker;
  context: BacktestContext;
  /** The portfolio's ids of pending orders. */
  ids: Map<Order, number>;

  constructor(
    readonly symbol: string,
    readonly timeframe: Timeframe | undefined,
    private readonly options: ResolvedBacktestOptions,
    tape: BarTape = new BarTape(FIRST_CAPACITY),
    snapshot: BrokerSnapshot = EMPTY,
  ) {
    this.tape = tape;
    ({ broker: this.broker, ids: this.ids, context: this.context } = this.build(snapshot));
  }

  get count(): number {
    return this.tape.count;
  }

  /** Close of the last bar (NaN before the first). */
  get lastPrice(): number {
    return this.count === 0 ? NaN : this.tape.close[this.count - 1];
  }

  get lastTime(): number {
    return this.count === 0 ? NaN : this.tape.time[this.count - 1];
  }

  /** Open trades' profit at the last close. */
  get unrealized(): number {
    const price = this.lastPrice;
    let total = 0;
    for (const trade of this.broker.trades) total += trade.size * (price - trade.entryPrice);
    return total;
  }

  /** True when an order that may open a trade (and so needs margin) is pending. */
  get hasPendingEntries(): boolean {
    return this.broker.orders.some((order) => order.parentTrade === null);
  }

  /** |units| × last close over the open trades. */
  get exposure(): number {
    let units = 0;
    for (const trade of this.broker.trades) units += trade.size;
    return units === 0 ? 0 : Math.abs(units) * this.lastPrice;
  }

  /** Margin the open trades tie up at the last close (as the broker counts it). */
  get marginUsed(): number {
    let used = 0;
    for (const trade of this.broker.trades) used += Math.abs(trade.size) * this.lastPrice * this.options.margin;
    return used;
  }

  snapshot(): BrokerSnapshot {
    return snapshotBroker(this.broker, this.ids);
  }

  /**
   * Adds `bar` and lets the broker fill pending orders on it with `cash` as the cash it sees.
   * Returns the broker's cash afterwards, the fills, and false in `solvent` when the equity it saw
   * fell to 0 or below (the broker then closed its trades, as the backtester stops a run).
   */
  step(bar: Bar, cash: number): { cash: number; fills: PaperFill[]; solvent: boolean } {
    if (this.tape.isFull) {
      const snapshot = this.snapshot();
      this.tape = this.tape.grown(2 * this.tape.capacity);
      ({ broker: this.broker, ids: this.ids, context: this.context } = this.build(snapshot));
    }
    this.tape.push(bar);
    const i = this.count - 1;
    const broker = this.broker;
    const before = { open: new Set(broker.trades), closedCount: broker.closedTrades.length };
    broker.cash = cash;
    const solvent = broker.next(i);
    this.context.cursor.index = i;
    return { cash: broker.cash, fills: newFills(this.symbol, this.tape.time, before, broker.trades, broker.closedTrades), solvent };
  }

  private build(snapshot: BrokerSnapshot): { broker: Broker; ids: Map<Order, number>; context: BacktestContext } {
    const { broker, ids } = restoreBroker(this.tape, this.options, snapshot);
    const series = new BarSeries({ symbol: this.symbol, ...(this.timeframe === undefined ? {} : { timeframe: this.timeframe }) }, this.tape);
    const context = new BacktestContext(series, broker, this.options.fractional);
    context.startTrading();
    context.cursor.index = Math.max(0, this.count - 1);
    return { broker, ids, context };
  }
}
