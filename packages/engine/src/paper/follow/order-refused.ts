/** Thrown by a guarded context's buy/sell when the risk limits refuse the entry. */
export class OrderRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'OrderRefused';
  }
}
