import type { DeliveryView } from './delivery-view.js';

/** What a "Send test" did, in one line: `Delivered in 182 ms`, `Failed: <error>`. */
export function testResultText(delivery: DeliveryView): string {
  switch (delivery.status) {
    case 'delivered':
      return delivery.latencyMs === null ? 'Delivered' : `Delivered in ${Math.round(delivery.latencyMs)} ms`;
    case 'pending':
      return 'Queued: not delivered yet';
    case 'failed':
    case 'dead':
      return `Failed: ${delivery.error ?? 'no reason given'}`;
  }
}
