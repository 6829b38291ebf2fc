import type { BarColumns } from '../../series/bar-series.js';
import type { ResolvedBacktestOptions } from '../options/backtest-options.js';
import type { BrokerLink } from './broker-link.js';
import type { EntryOrderSpec } from './order-request.js';
import { Order } from './order.js';
import { pythonFloorDiv } from './python-floor-div.js';
import { roundHalfEven } from './round-half-even.js';
import { Trade } from './trade.js';

const copySign = (magnitude: number, sign: number): number => (sign < 0 || Object.is(sign, -0) ? -Math.abs(magnitude) : Math.abs(magnitude));
const orNegInf = (value: number): number => (Number.isNaN(value) ? -Infinity : value);
const orPosInf = (value: number): number => (Number.isNaN(value) ? Infinity : value);

/**
 * The simulated broker: backtesting.py 0.6.6's execution model (conventions doc §1), including its
 * order of operations, since that order decides fills, sizes and which SL/TP wins inside a bar.
 * Prices that are not set are NaN. Nothing is allocated on a bar where no order is pending.
 */
export class Broker implements BrokerLink {
  cash: number;
  /** Equity per bar, NaN before the first processed bar. */
  readonly equity: Float64Array;
  /** Pending orders in processing order (SL orders first, close orders ahead of entries). */
  readonly orders: Order[] = [];
  readonly trades: Trade[] = [];
  readonly closedTrades: Trade[] = [];
  /** Relative-sized orders canceled because not even one unit was affordable, and the first such bar. */
  marginCancels = 0;
  firstMarginCancelBar = -1;
  /** Index of the bar being processed; the last bar before the run so init-time prices are defined. */
  private i: number;
  private readonly open: Float64Array;
  private readonly high: Float64Array;
  private readonly low: Float64Array;
  private readonly close: Float64Array;
  private readonly fixed: number;
  private readonly relative: number;
  private readonly spread: number;
  private readonly leverage: number;
  private readonly tradeOnClose: boolean;
  private readonly exclusiveOrders: boolean;
  private readonly fractional: boolean;

  /** `equity` (n long) lets the caller place the equity column in memory it already has. */
  constructor(bars: BarColumns, options: ResolvedBacktestOptions, equity = new Float64Array(bars.close.length)) {
    this.open = bars.open;
    this.high = bars.high;
    this.low = bars.low;
    this.close = bars.close;
    this.i = bars.close.length - 1;
    this.equity = equity.fill(NaN);
    this.cash = options.cash;
    this.fixed = options.commissionFixed;
    this.relative = options.commissionRelative;
    this.spread = options.spread;
    this.leverage = 1 / options.margin;
    this.tradeOnClose = options.tradeOnClose;
    this.exclusiveOrders = options.exclusiveOrders;
    this.fractional = options.fractional;
  }

  get lastPrice(): number {
    return this.close[this.i];
  }

  /** Cash plus the open trades' profit at the current close. */
  get currentEquity(): number {
    const price = this.close[this.i];
    let total = 0;
    for (let k = 0; k < this.trades.length; k++) {
      const trade = this.trades[k];
      total += trade.size * (price - trade.entryPrice);
    }
    return this.cash + total;
  }

  /** Equity minus the margin the open trades tie up, floored at 0. */
  get marginAvailable(): number {
    const price = this.close[this.i];
    let used = 0;
    for (let k = 0; k < this.trades.length; k++) used += (Math.abs(this.trades[k].size) * price) / this.leverage;
    return Math.max(0, this.currentEquity - used);
  }

  commission(size: number, price: number): number {
    return this.fixed + Math.abs(size) * price * this.relative;
  }

  /** The price a new trade pays: spread added for longs, taken off for shorts. */
  adjustedPrice(size: number, price: number): number {
    return price * (1 + copySign(this.spread, size));
  }

  /** Queues a strategy's entry order, checking SL < entry < TP (mirrored for shorts) against the current close. */
  placeOrder(spec: EntryOrderSpec): Order {
    const isLong = spec.size > 0;
    const reference = Number.isNaN(spec.limit)
      ? Number.isNaN(spec.stop)
        ? this.adjustedPrice(spec.size, this.lastPrice)
        : spec.stop
      : spec.limit;
    if (isLong && !(orNegInf(spec.sl) < reference && reference < orPosInf(spec.tp))) {
      throw new RangeError(`long orders require sl (${spec.sl}) < limit/stop/price (${reference}) < tp (${spec.tp})`);
    }
    if (!isLong && !(orNegInf(spec.tp) < reference && reference < orPosInf(spec.sl))) {
      throw new RangeError(`short orders require tp (${spec.tp}) < limit/stop/price (${reference}) < sl (${spec.sl})`);
    }
    const order = new Order(this, spec.size, spec.relative, spec.limit, spec.stop, spec.sl, spec.tp, null);
    if (this.exclusiveOrders) {
      // backtesting.py removes from the list it is iterating, so the order after each canceled one is
      // skipped (and survives); the index walk below reproduces that.
      for (let k = 0; k < this.orders.length; k++) {
        const pending = this.orders[k];
        if (!pending.isContingent) this.cancelOrder(pending);
      }
      for (const trade of this.trades) this.closeTrade(trade, 1);
    }
    this.orders.push(order);
    return order;
  }

  cancelOrder(order: Order): void {
    this.removeOrder(order);
    const trade = order.parentTrade;
    if (trade === null) return;
    if (trade.slOrder === order) trade.slOrder = null;
    else if (trade.tpOrder === order) trade.tpOrder = null;
  }

  closeTrade(trade: Trade, portion: number): void {
    const units = this.fractional ? Math.abs(trade.size) * portion : Math.max(1, roundHalfEven(Math.abs(trade.size) * portion));
    const order = new Order(this, copySign(units, -trade.size), false, NaN, NaN, NaN, NaN, trade);
    this.orders.unshift(order);
  }

  setContingent(trade: Trade, kind: 'sl' | 'tp', price: number): void {
    if (!Number.isNaN(price) && !(price > 0 && Number.isFinite(price))) {
      throw new RangeError(`${kind} must be a positive finite price or NaN, got ${price}`);
    }
    const existing = kind === 'sl' ? trade.slOrder : trade.tpOrder;
    if (existing !== null) this.cancelOrder(existing);
    if (Number.isNaN(price)) return;
    if (kind === 'sl') {
      const order = new Order(this, -trade.size, false, NaN, price, NaN, NaN, trade);
      trade.slOrder = order;
      this.orders.unshift(order); // stop-losses are processed first: the pessimistic case
    } else {
      const order = new Order(this, -trade.size, false, price, NaN, NaN, NaN, trade);
      trade.tpOrder = order;
      this.orders.push(order);
    }
  }

  /**
   * Processes bar `i`: fills pending orders, then records the equity at the close. Returns false
   * when the equity fell to 0 or below; then every later bar's equity is 0 and the run must stop.
   */
  next(i: number): boolean {
    this.i = i;
    if (this.orders.length > 0) this.processOrders();
    const equity = this.currentEquity;
    this.equity[i] = equity;
    if (!(equity <= 0)) return true;
    // As backtesting.py: the close loop removes from the list it walks, so every other trade is closed.
    for (let k = 0; k < this.trades.length; k++) this.settleTrade(this.trades[k], this.close[i], i);
    this.cash = 0;
    this.equity.fill(0, i);
    return false;
  }

  /**
   * Closes all open trades on the last bar (`finalizeTrades`): close orders, then one more pass on
   * that bar, so they fill at its open; with `tradeOnClose` (market orders take the previous close)
   * at the second-to-last close. Orders still pending are processed in that pass too.
   */
  finalize(lastBar: number): void {
    for (let k = this.trades.length - 1; k >= 0; k--) this.closeTrade(this.trades[k], 1);
    if (lastBar >= 0) this.next(lastBar);
  }

  private removeOrder(order: Order): void {
    const index = this.orders.indexOf(order);
    if (index >= 0) this.orders.splice(index, 1);
    order.live = false;
  }

  private processOrders(): void {
    const i = this.i;
    const open = this.open[i];
    const high = this.high[i];
    const low = this.low[i];
    let reprocess = false;
    for (const order of this.orders.slice()) {
      if (!order.live) continue; // an SL/TP removed with its trade earlier in this pass
      const stop = order.stop;
      const hasStop = !Number.isNaN(stop);
      if (hasStop) {
        if (!(order.size > 0 ? high >= stop : low <= stop)) continue;
        order.stop = NaN; // a triggered stop order becomes a market or limit order
      }
      const isLong = order.size > 0;
      const contingent = order.isContingent;
      const limit = order.limit;
      let price: number;
      if (!Number.isNaN(limit)) {
        const limitHit = isLong ? low <= limit : high >= limit;
        // Stop and limit both inside this bar: assume the limit was touched before the stop counted.
        const limitBeforeStop = limitHit && (isLong ? limit <= orNegInf(stop) : limit >= orPosInf(stop));
        if (!limitHit || limitBeforeStop) continue;
        price = isLong ? Math.min(hasStop ? stop : open, limit) : Math.max(hasStop ? stop : open, limit);
      } else {
        price = this.tradeOnClose && !contingent ? this.close[i - 1] : open;
        if (hasStop) price = isLong ? Math.max(price, stop) : Math.min(price, stop);
      }
      const isMarket = Number.isNaN(limit) && !hasStop;
      const timeIndex = isMarket && this.tradeOnClose && !contingent ? i - 1 : i;

      const parent = order.parentTrade;
      if (parent !== null) {
        const size = copySign(Math.min(Math.abs(parent.size), Math.abs(order.size)), order.size);
        if (parent.isOpen) {
          this.reduceTrade(parent, price, size, timeIndex);
          // Put the SL back on its triggered order so the trade list shows it. (backtesting.py does so
          // only when the fill is at the stop price, dropping the SL of trades stopped out on a gap.)
          if (order === parent.slOrder) order.stop = stop;
        }
        if (order !== parent.slOrder && order !== parent.tpOrder) this.removeOrder(order);
        continue;
      }

      const adjusted = this.adjustedPrice(order.size, price);
      const adjustedWithCommission = adjusted + this.commission(order.size, price) / Math.abs(order.size);
      let size = order.size;
      if (order.relative) {
        const budget = this.marginAvailable * this.leverage * Math.abs(size);
        const units = this.fractional ? budget / adjustedWithCommission : Math.trunc(pythonFloorDiv(budget, adjustedWithCommission));
        if (!(units > 0)) {
          this.marginCancels++;
          if (this.firstMarginCancelBar < 0) this.firstMarginCancelBar = i;
          this.removeOrder(order);
          continue;
        }
        size = copySign(units, size);
      }
      let need = size;
      // No hedging: an order against open trades first closes them, oldest first, at the unadjusted price.
      for (const trade of this.trades.slice()) {
        if (trade.isLong === isLong) continue;
        if (Math.abs(need) >= Math.abs(trade.size)) {
          this.settleTrade(trade, price, timeIndex);
          need += trade.size;
        } else {
          this.reduceTrade(trade, price, need, timeIndex);
          need = 0;
        }
        if (need === 0) break;
      }
      const affordable = this.marginAvailable * this.leverage;
      // Fractional sizes are computed by division, so allow for the last bit of rounding.
      if (Math.abs(need) * adjustedWithCommission > (this.fractional ? affordable * (1 + 1e-12) : affordable)) {
        this.removeOrder(order);
        continue;
      }
      if (need !== 0) {
        this.openTrade(adjusted, need, order.sl, order.tp, timeIndex);
        if (!Number.isNaN(order.sl) || !Number.isNaN(order.tp)) {
          if (isMarket) {
            reprocess = true; // let the new SL/TP act inside this same bar
          } else if (
            hasStop &&
            Number.isNaN(limit) &&
            !Number.isNaN(order.tp) &&
            (isLong ? order.tp <= high && orNegInf(order.sl) < low : order.tp >= low && orPosInf(order.sl) > high)
          ) {
            reprocess = true; // stop and TP hit in this bar, SL not: unambiguous
          }
          // Otherwise backtesting.py defers the SL/TP to the next bar (and warns).
        }
      }
      this.removeOrder(order);
    }
    if (reprocess) this.processOrders();
  }

  private openTrade(price: number, size: number, sl: number, tp: number, bar: number): void {
    const trade = new Trade(this, size, price, bar);
    this.trades.push(trade);
    this.cash -= this.commission(size, price);
    if (!Number.isNaN(tp)) this.setContingent(trade, 'tp', tp);
    if (!Number.isNaN(sl)) this.setContingent(trade, 'sl', sl);
  }

  /** Closes `size` (opposite sign to the trade) of it: all of it, or a split-off part. */
  private reduceTrade(trade: Trade, price: number, size: number, bar: number): void {
    const left = trade.size + size;
    if (left === 0) {
      this.settleTrade(trade, price, bar);
      return;
    }
    trade.size = left;
    if (trade.slOrder !== null) trade.slOrder.size = -left;
    if (trade.tpOrder !== null) trade.tpOrder.size = -left;
    const part = trade.split(-size);
    this.trades.push(part);
    this.settleTrade(part, price, bar);
  }

  /** Moves a trade to the closed list, charging the exit commission. */
  private settleTrade(trade: Trade, price: number, bar: number): void {
    this.trades.splice(this.trades.indexOf(trade), 1);
    trade.isOpen = false;
    if (trade.slOrder !== null) this.removeOrder(trade.slOrder);
    if (trade.tpOrder !== null) this.removeOrder(trade.tpOrder);
    trade.exitPrice = price;
    trade.exitBar = bar;
    this.closedTrades.push(trade);
    const exitCommission = this.commission(trade.size, price);
    this.cash += trade.size * (price - trade.entryPrice) - trade.commissions - exitCommission;
    trade.commissions = exitCommission + this.commission(trade.size, trade.entryPrice);
  }
}
