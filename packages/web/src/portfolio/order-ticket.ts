/** The body of `POST /portfolios/{id}/orders`: amounts as decimal strings so no digit is lost. */
export interface OrderTicket {
  readonly symbol: string;
  readonly side: 'buy' | 'sell';
  readonly quantity: string;
  readonly type: 'market' | 'limit';
  readonly limitPrice?: string;
}
