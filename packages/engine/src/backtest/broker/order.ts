import type { BrokerLink } from './broker-link.js';
import type { Trade } from './trade.js';

/** A pending order as a strategy sees it. Prices that are not set are NaN. */
export interface PendingOrder {
  /** Signed: negative sells. Between -1 and 1 (exclusive) for a share of the available margin, unless `relative` is false. */
  readonly size: number;
  /** True when `size` is a share of the available margin rather than a number of units. */
  readonly relative: boolean;
  readonly limit: number;
  /** Stop (trigger) price; becomes NaN once triggered, when the order turns into a market/limit order. */
  readonly stop: number;
  readonly sl: number;
  readonly tp: number;
  readonly isLong: boolean;
  /** True for a trade's stop-loss and take-profit orders. */
  readonly isContingent: boolean;
  cancel(): void;
}

/**
 * A broker order. Mutable on purpose: the broker clears `stop` once it is triggered and resizes a
 * trade's SL/TP orders when the trade is reduced, as backtesting.py does.
 */
export class Order implements PendingOrder {
  /** False once the order has left the broker's queue (filled or canceled). */
  live = true;

  constructor(
    private readonly broker: BrokerLink,
    public size: number,
    readonly relative: boolean,
    public limit: number,
    public stop: number,
    readonly sl: number,
    readonly tp: number,
    /** The trade a close, SL or TP order acts on; null for an entry order. */
    readonly parentTrade: Trade | null,
  ) {}

  get isLong(): boolean {
    return this.size > 0;
  }

  get isContingent(): boolean {
    const trade = this.parentTrade;
    return trade !== null && (trade.slOrder === this || trade.tpOrder === this);
  }

  cancel(): void {
    this.broker.cancelOrder(this);
  }
}
