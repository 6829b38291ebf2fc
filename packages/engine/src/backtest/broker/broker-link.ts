import type { Order } from './order.js';
import type { Trade } from './trade.js';

/** What orders and trades ask of the broker that owns them (so they can offer `cancel()` and `close()`). */
export interface BrokerLink {
  /** Close of the current bar: the price open trades are valued at. */
  readonly lastPrice: number;
  cancelOrder(order: Order): void;
  /** Queues a market order closing `portion` (0 < portion <= 1) of the trade. */
  closeTrade(trade: Trade, portion: number): void;
  /** Replaces (or with NaN removes) the trade's stop-loss or take-profit order. */
  setContingent(trade: Trade, kind: 'sl' | 'tp', price: number): void;
}
