import type { BacktestTrade } from '../../backtest/run/backtest-result.js';

/** A closed trade of one symbol: the backtester's trade record (bar indexes count that symbol's bars). */
export interface PaperTrade extends BacktestTrade {
  readonly symbol: string;
}

/** One execution: a trade opened (entry) or closed, wholly or in part (exit). */
export interface PaperFill {
  readonly symbol: string;
  readonly kind: 'entry' | 'exit';
  /** Signed units: positive bought, negative sold. */
  readonly size: number;
  /** Fill price (spread included at entry, as the backtester). */
  readonly price: number;
  /** The symbol's bar index and its time (ISO-8601 UTC). */
  readonly bar: number;
  readonly time: string;
}

/** A pending order. Prices not set are null. */
export interface PaperOrderView {
  /** Id for `cancel`; every pending order has one. */
  readonly id: number;
  readonly symbol: string;
  /** entry: opens (or reverses) a position; close, sl, tp: act on an open trade. */
  readonly role: 'entry' | 'close' | 'sl' | 'tp';
  readonly type: 'market' | 'limit' | 'stop' | 'stop-limit';
  /** Signed; a share of the available margin when `relative`, else units. */
  readonly size: number;
  readonly relative: boolean;
  readonly limit: number | null;
  readonly stop: number | null;
  readonly sl: number | null;
  readonly tp: number | null;
}

/** One open trade (lot) of a position. */
export interface PaperLot {
  readonly size: number;
  readonly entryPrice: number;
  readonly entryBar: number;
  readonly entryTime: string;
  readonly sl: number | null;
  readonly tp: number | null;
  readonly unrealizedPnl: number;
}

/** The net position in one symbol. */
export interface PaperPosition {
  readonly symbol: string;
  /** Units; negative when short. */
  readonly size: number;
  /** Size-weighted entry price of the open lots. */
  readonly averagePrice: number;
  readonly lastPrice: number;
  /** |size| × last price, in cents. */
  readonly marketValue: number;
  /** In cents. */
  readonly unrealizedPnl: number;
  readonly lots: readonly PaperLot[];
}

/** An entry the auto-follow did not place, and why. */
export interface PaperRefusal {
  readonly symbol: string;
  /** Time of the signal's bar (ISO-8601 UTC). */
  readonly time: string;
  readonly action: 'BUY' | 'SELL';
  readonly reason: string;
}

/** Total equity after a bar, in cents. */
export interface EquityPoint {
  readonly time: string;
  readonly equity: number;
}

/** The account in cents: `equity = cash + unrealizedPnl`. */
export interface PaperAccount {
  readonly cash: number;
  readonly equity: number;
  /** Sum of the closed trades' P&L (commissions included). */
  readonly realizedPnl: number;
  /** Open trades at the last prices (their entry commissions are already out of the cash). */
  readonly unrealizedPnl: number;
}
