import type { ChannelKind } from './channel-kinds.js';

/** One message sent (or being retried) to a channel: `GET /channels/:id/deliveries`, `POST /channels/:id/test`. */
export interface DeliveryView {
  readonly id: string;
  readonly channelId: string;
  readonly kind: ChannelKind;
  /** e.g. 'Test message', 'BUY AAPL 72%'. */
  readonly subject: string;
  /** `dead`: every retry failed; the delivery stays in the list. */
  readonly status: 'pending' | 'delivered' | 'failed' | 'dead';
  readonly attempts: number;
  readonly error: string | null;
  readonly latencyMs: number | null;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
}
