/** The order form as typed: every field as text. */
export interface OrderFields {
  readonly symbol: string;
  readonly side: 'buy' | 'sell';
  readonly quantity: string;
  readonly type: 'market' | 'limit';
  readonly limitPrice: string;
}
