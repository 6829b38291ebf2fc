import type { OrderView } from './order-view.js';

/** True while an order can still fill, so it can be cancelled. */
export function isWorkingOrder(order: Pick<OrderView, 'status'>): boolean {
  return order.status === 'open' || order.status === 'partially_filled';
}
