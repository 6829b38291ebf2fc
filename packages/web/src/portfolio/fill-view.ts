/** An execution as the API returns it; `price` includes slippage. */
export interface FillView {
  readonly id: string;
  readonly orderId: string;
  readonly portfolioId: string;
  readonly symbol: string;
  readonly side: 'buy' | 'sell';
  readonly quantity: string;
  readonly price: string;
  readonly commission: string;
  readonly time: string;
}
