import type { Broker } from '../broker/broker.js';

/** The net position: the sum of the open trades (there is no hedging, so they all share one direction). */
export interface Position {
  /** Units; negative when short, 0 when flat. */
  readonly size: number;
  /** Profit or loss of the open trades at the current close, in cash. */
  readonly pl: number;
  /** The open trades' profit or loss as a fraction of their entry prices, weighted by size; 0 when flat. */
  readonly plPct: number;
  readonly isLong: boolean;
  readonly isShort: boolean;
  /** Queues market orders closing `portion` (default all) of every open trade. */
  close(portion?: number): void;
}

/** {@link Position} computed live from the broker's open trades. */
export class PositionView implements Position {
  constructor(private readonly broker: Broker) {}

  get size(): number {
    const trades = this.broker.trades;
    let size = 0;
    for (let k = 0; k < trades.length; k++) size += trades[k].size;
    return size;
  }

  get pl(): number {
    let pl = 0;
    for (const trade of this.broker.trades) pl += trade.pl;
    return pl;
  }

  get plPct(): number {
    let weights = 0;
    let weighted = 0;
    for (const trade of this.broker.trades) {
      weights += Math.abs(trade.size);
      weighted += Math.abs(trade.size) * trade.plPct;
    }
    return weights === 0 ? 0 : weighted / weights;
  }

  get isLong(): boolean {
    return this.size > 0;
  }

  get isShort(): boolean {
    return this.size < 0;
  }

  close(portion = 1): void {
    if (!(portion > 0 && portion <= 1)) throw new RangeError(`portion must be > 0 and <= 1, got ${portion}`);
    for (const trade of this.broker.trades) this.broker.closeTrade(trade, portion);
  }
}
