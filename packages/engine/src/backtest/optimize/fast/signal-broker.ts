import type { BarColumns } from '../../../series/bar-series.js';
import { ALL_AVAILABLE } from '../../broker/entry-order-spec.js';
import { pythonFloorDiv } from '../../broker/python-floor-div.js';
import type { ResolvedBacktestOptions } from '../../options/backtest-options.js';
import type { FastTrade } from './fast-trade.js';
import { SIGNAL_BUY_WHEN_FLAT, SIGNAL_LONG, SIGNAL_SHORT } from './signal-codes.js';

/**
 * The event-driven {@link Broker} specialised to what sma-cross and buy-and-hold ever ask of it: a
 * market order closing the one open trade, then a market order for all the available margin. Every
 * arithmetic step is the broker's own, in its order, so equity and trades come out bit for bit the
 * same (the optimise tests compare them). Why a specialisation is exact:
 * - orders placed on a bar all fill (or are canceled) on the next one, so none is pending when the
 *   strategy decides, and at most one trade is ever open (each entry follows the close of the last);
 * - exclusive orders then change nothing: the canceled close orders are queued again at once;
 * - a close always closes the whole trade, so no trade is ever split.
 */
export class SignalBroker {
  cash: number;
  /** The open trade's units (0 when flat), entry price (spread included) and entry bar. */
  size = 0;
  entryPrice = NaN;
  entryBar = -1;
  /** Entry orders canceled because not even one unit was affordable. */
  marginCancels = 0;
  private closePending = false;
  /** Direction of the pending all-margin entry order, 0 for none. */
  private entryPending = 0;
  private readonly open: Float64Array;
  private readonly close: Float64Array;
  private readonly fixed: number;
  private readonly relative: number;
  private readonly spread: number;
  private readonly leverage: number;
  private readonly tradeOnClose: boolean;
  private readonly fractional: boolean;

  constructor(
    columns: BarColumns,
    options: ResolvedBacktestOptions,
    /** Receives the equity of every processed bar. */
    private readonly equity: Float64Array,
    /** Receives the closed trades. */
    private readonly trades: FastTrade[],
  ) {
    this.open = columns.open;
    this.close = columns.close;
    this.cash = options.cash;
    this.fixed = options.commissionFixed;
    this.relative = options.commissionRelative;
    this.spread = options.spread;
    this.leverage = 1 / options.margin;
    this.tradeOnClose = options.tradeOnClose;
    this.fractional = options.fractional;
  }

  /** The strategy's decision on a bar (a signal code), queued as the strategy's orders would be. */
  decide(signal: number): void {
    if (signal === SIGNAL_LONG || signal === SIGNAL_SHORT) {
      this.closePending = this.size !== 0;
      this.entryPending = signal;
    } else if (signal === SIGNAL_BUY_WHEN_FLAT && this.size === 0) {
      this.entryPending = SIGNAL_LONG;
    }
  }

  /** Broker.next: fills the pending orders on bar i, records the equity; false once it fell to 0. */
  next(i: number): boolean {
    if (this.closePending || this.entryPending !== 0) this.fill(i);
    let total = 0;
    if (this.size !== 0) total += this.size * (this.close[i] - this.entryPrice);
    const equity = this.cash + total;
    this.equity[i] = equity;
    if (!(equity <= 0)) return true;
    if (this.size !== 0) this.settle(this.close[i], i);
    this.cash = 0;
    this.equity.fill(0, i);
    return false;
  }

  /** Broker.finalize: closes the open trade with one more pass on the last bar (-1: no bar was processed). */
  finalize(lastBar: number): void {
    if (this.size !== 0) this.closePending = true;
    if (lastBar >= 0) this.next(lastBar);
  }

  private commission(size: number, price: number): number {
    return this.fixed + Math.abs(size) * price * this.relative;
  }

  private fill(i: number): void {
    const price = this.tradeOnClose ? this.close[i - 1] : this.open[i];
    const bar = this.tradeOnClose ? i - 1 : i;
    if (this.closePending) {
      this.closePending = false;
      if (this.size !== 0) this.settle(price, bar);
    }
    const direction = this.entryPending;
    if (direction === 0) return;
    this.entryPending = 0;
    const orderSize = direction * ALL_AVAILABLE;
    const adjusted = price * (1 + (direction < 0 ? -this.spread : this.spread));
    const adjustedWithCommission = adjusted + this.commission(orderSize, price) / Math.abs(orderSize);
    // Broker.marginAvailable with no open trade (the close above settled it): the cash, floored at 0.
    const margin = Math.max(0, this.cash);
    const budget = margin * this.leverage * Math.abs(orderSize);
    const units = this.fractional ? budget / adjustedWithCommission : Math.trunc(pythonFloorDiv(budget, adjustedWithCommission));
    if (!(units > 0)) {
      this.marginCancels++;
      return;
    }
    const affordable = margin * this.leverage;
    if (units * adjustedWithCommission > (this.fractional ? affordable * (1 + 1e-12) : affordable)) return;
    const size = direction < 0 ? -units : units;
    this.size = size;
    this.entryPrice = adjusted;
    this.entryBar = bar;
    this.cash -= this.commission(size, adjusted);
  }

  /** Broker.settleTrade plus tradeRecords' PnL and return, for the open trade. */
  private settle(price: number, bar: number): void {
    const { size, entryPrice } = this;
    const exitCommission = this.commission(size, price);
    this.cash += size * (price - entryPrice) - exitCommission;
    const commission = exitCommission + this.commission(size, entryPrice);
    this.trades.push({
      size,
      entryBar: this.entryBar,
      exitBar: bar,
      entryPrice,
      exitPrice: price,
      pnl: size * (price - entryPrice) - commission,
      returnPct: Math.sign(size) * (price / entryPrice - 1) - commission / (Math.abs(size) * entryPrice),
      commission,
    });
    this.size = 0;
  }
}
