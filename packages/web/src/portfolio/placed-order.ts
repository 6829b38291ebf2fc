import type { FillView } from './fill-view.js';
import type { OrderView } from './order-view.js';

/** The answer to placing an order: the order, its fill when it filled at once, and the quote it was checked against. */
export interface PlacedOrder {
  readonly order: OrderView;
  readonly fill: FillView | null;
  readonly quote: { readonly price: string; readonly time: string; readonly simulated: boolean };
}
