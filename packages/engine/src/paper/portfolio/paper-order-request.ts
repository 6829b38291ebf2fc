import type { OrderRequest } from '../../backtest/broker/order-request.js';

/**
 * A manual order: the backtester's {@link OrderRequest} (size as a share of the available margin or
 * units, `limit`/`stop` for limit, stop and stop-limit orders, `sl`/`tp` for the trade it opens) for
 * one symbol and side. It fills from the symbol's next bar, as a strategy's order does.
 */
export interface PaperOrderRequest extends OrderRequest {
  readonly symbol: string;
  readonly side: 'buy' | 'sell';
}
