import type { BrokerLink } from './broker-link.js';
import type { Order } from './order.js';

/** An open trade as a strategy sees it. */
export interface OpenTrade {
  /** Units; negative for a short trade. */
  readonly size: number;
  /** Fill price including the spread. */
  readonly entryPrice: number;
  readonly entryBar: number;
  readonly isLong: boolean;
  /** Stop-loss price, NaN when none. */
  readonly sl: number;
  /** Take-profit price, NaN when none. */
  readonly tp: number;
  /** Profit or loss at the current close, in cash (the entry commission is already out of the cash). */
  readonly pl: number;
  /** Profit or loss at the current close as a fraction of the entry price. */
  readonly plPct: number;
  /** |size| × current close. */
  readonly value: number;
  /** Queues a market order closing `portion` of the trade (default all of it). */
  close(portion?: number): void;
  /** Sets, moves or (with NaN) removes the stop-loss. */
  setStopLoss(price: number): void;
  /** Sets, moves or (with NaN) removes the take-profit. */
  setTakeProfit(price: number): void;
}

/** A trade, open or closed. The broker mutates it; strategies see it through {@link OpenTrade}. */
export class Trade implements OpenTrade {
  exitPrice = NaN;
  exitBar = -1;
  /** Entry plus exit commission, set when the trade closes (0 while open: the entry commission is in the cash). */
  commissions = 0;
  /** True while the trade is in the broker's open-trade list. */
  isOpen = true;
  slOrder: Order | null = null;
  tpOrder: Order | null = null;

  constructor(
    private readonly broker: BrokerLink,
    public size: number,
    readonly entryPrice: number,
    readonly entryBar: number,
  ) {}

  get isLong(): boolean {
    return this.size > 0;
  }

  get sl(): number {
    return this.slOrder === null ? NaN : this.slOrder.stop;
  }

  get tp(): number {
    return this.tpOrder === null ? NaN : this.tpOrder.limit;
  }

  get pl(): number {
    const price = this.isOpen ? this.broker.lastPrice : this.exitPrice;
    return this.size * (price - this.entryPrice) - this.commissions;
  }

  get plPct(): number {
    const price = this.isOpen ? this.broker.lastPrice : this.exitPrice;
    const gross = Math.sign(this.size) * (price / this.entryPrice - 1);
    return gross - this.commissions / (Math.abs(this.size) * this.entryPrice);
  }

  get value(): number {
    return Math.abs(this.size) * (this.isOpen ? this.broker.lastPrice : this.exitPrice);
  }

  /** The part of this trade that a partial close settles: same entry, given size, no SL/TP orders. */
  split(size: number): Trade {
    const part = new Trade(this.broker, size, this.entryPrice, this.entryBar);
    part.commissions = this.commissions;
    return part;
  }

  close(portion = 1): void {
    if (!(portion > 0 && portion <= 1)) throw new RangeError(`portion must be > 0 and <= 1, got ${portion}`);
    this.broker.closeTrade(this, portion);
  }

  setStopLoss(price: number): void {
    this.broker.setContingent(this, 'sl', price);
  }

  setTakeProfit(price: number): void {
    this.broker.setContingent(this, 'tp', price);
  }
}
