import type { DeliveryView } from '../settings/channels/delivery-view.js';

/** One delivery of a trigger, as `GET /alerts/:id/triggers` gives it. */
export interface TriggerDeliveryView {
  readonly id: string;
  readonly channelId: string | null;
  readonly channelName: string | null;
  readonly kind: string;
  readonly status: DeliveryView['status'];
  readonly attempts: number;
  readonly error: string | null;
  readonly deliveredAt: string | null;
}

/** One time a rule fired: what about, when, whether it was sent (or held by quiet hours or the hourly limit), and its deliveries. */
export interface TriggerView {
  readonly id: string;
  readonly alertId: string;
  readonly eventKey: string;
  readonly eventType: string;
  readonly subject: string;
  readonly firedAt: string;
  readonly status: 'sent' | 'quiet_hours' | 'rate_limited';
  readonly deliveries: readonly TriggerDeliveryView[];
}
