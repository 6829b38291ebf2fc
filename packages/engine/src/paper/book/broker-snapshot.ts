/** A price or other number that may be unset (NaN in the broker, null in JSON). */
export type MaybeNumber = number | null;

/** One broker trade, open or closed. */
export interface TradeSnapshot {
  readonly size: number;
  readonly entryPrice: number;
  readonly entryBar: number;
  readonly commissions: number;
  readonly exitPrice: MaybeNumber;
  readonly exitBar: number;
  /** For closed trades only (an open trade's SL/TP are orders in the queue). */
  readonly sl: MaybeNumber;
  readonly tp: MaybeNumber;
}

/** Which trade an order acts on: index into the open or the closed list. */
export interface TradeRef {
  readonly list: 'open' | 'closed';
  readonly index: number;
}

/** One pending order, in queue order (the order decides fills, so it is kept). */
export interface OrderSnapshot {
  /** The portfolio's id for entry orders; null for close orders. */
  readonly id: number | null;
  readonly role: 'entry' | 'close' | 'sl' | 'tp';
  readonly size: number;
  readonly relative: boolean;
  readonly limit: MaybeNumber;
  readonly stop: MaybeNumber;
  readonly sl: MaybeNumber;
  readonly tp: MaybeNumber;
  readonly trade: TradeRef | null;
}

/** Everything a {@link Broker} holds between bars, as JSON-safe data. */
export interface BrokerSnapshot {
  readonly cash: number;
  readonly open: readonly TradeSnapshot[];
  readonly closed: readonly TradeSnapshot[];
  readonly orders: readonly OrderSnapshot[];
  readonly marginCancels: number;
  readonly firstMarginCancelBar: number;
}

export const toMaybe = (value: number): MaybeNumber => (Number.isNaN(value) ? null : value);
export const fromMaybe = (value: MaybeNumber): number => (value === null ? NaN : value);
