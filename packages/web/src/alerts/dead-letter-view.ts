import type { DeliveryView } from '../settings/channels/delivery-view.js';

/** A delivery as `GET /deliveries?status=dead` lists it: every retry spent, kept until retried by hand. */
export interface DeadLetterView {
  readonly id: string;
  readonly channelId: string | null;
  readonly channelName: string | null;
  readonly kind: string;
  readonly eventType: string;
  readonly subject: string;
  readonly status: DeliveryView['status'];
  readonly attempts: number;
  readonly error: string | null;
  readonly createdAt: string;
  readonly lastAttemptAt: string | null;
}
