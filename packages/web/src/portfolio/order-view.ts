/** An order as the API returns it. */
export interface OrderView {
  readonly id: string;
  readonly portfolioId: string;
  readonly symbol: string;
  readonly side: 'buy' | 'sell';
  readonly type: 'market' | 'limit' | 'stop' | 'stop_limit';
  readonly quantity: string;
  readonly limitPrice: string | null;
  readonly status: 'open' | 'partially_filled' | 'filled' | 'cancelled' | 'rejected' | 'expired';
  readonly filledQuantity: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
