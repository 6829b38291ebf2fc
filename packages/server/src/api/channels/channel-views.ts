import type { NotificationChannel } from '../../storage/repositories/channel-repository.js';
import type { LatestDeliveryOutcome, NotificationDelivery } from '../../storage/repositories/delivery-repository.js';
import type { ChannelKind } from '../../storage/schema/notification-channels.js';
import type { DeliveryStatus } from '../../storage/schema/notification-deliveries.js';
import { redactChannelConfig } from '../../notify/channel-config.js';

/** A notification channel as the API gives it. */
export interface ChannelView {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly name: string;
  readonly enabled: boolean;
  readonly config: Record<string, string>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastDelivery: { readonly status: 'delivered' | 'failed'; readonly at: string; readonly error: string | null } | null;
}

/** A delivery as the API gives it. */
export interface DeliveryView {
  readonly id: string;
  readonly channelId: string;
  readonly kind: ChannelKind;
  readonly subject: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly error: string | null;
  readonly latencyMs: number | null;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
}

/** The view of a channel, its secrets redacted; `latest` is how its newest attempted delivery went. */
export function channelView(row: NotificationChannel, latest: LatestDeliveryOutcome | undefined): ChannelView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled,
    config: redactChannelConfig(row.kind, row.config),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    // A dead letter failed too: the list shows the channel's health, the deliveries say whether retries are coming.
    lastDelivery: latest === undefined ? null : { status: latest.status === 'delivered' ? 'delivered' : 'failed', at: latest.at.toISOString(), error: latest.error },
  };
}

/** The view of a delivery. */
export function deliveryView(row: NotificationDelivery): DeliveryView {
  return {
    id: row.id,
    channelId: row.channelId,
    kind: row.kind,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    error: row.error,
    latencyMs: row.latencyMs,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}
