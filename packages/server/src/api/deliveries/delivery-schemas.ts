import { CHANNEL_KINDS } from '../../storage/schema/notification-channels.js';
import { DELIVERY_STATUSES } from '../../storage/schema/notification-deliveries.js';
import { TIME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';

/** A delivery in the caller's list of deliveries (the dead-letter list when filtered on `dead`). */
export const LISTED_DELIVERY_SCHEMA = {
  type: 'object',
  required: ['id', 'channelId', 'channelName', 'kind', 'eventType', 'subject', 'status', 'attempts', 'error', 'createdAt', 'lastAttemptAt'],
  properties: {
    id: UUID_SCHEMA,
    channelId: UUID_SCHEMA,
    channelName: { type: 'string' },
    kind: { type: 'string', enum: [...CHANNEL_KINDS] },
    eventType: { type: 'string', description: 'alert.signal, alert.outcome, alert.price, alert.indicator, alert.system or test' },
    subject: { type: 'string' },
    status: { type: 'string', enum: [...DELIVERY_STATUSES], description: 'dead: given up after the last retry, or refused for good by the channel' },
    attempts: { type: 'integer' },
    error: { type: ['string', 'null'] },
    createdAt: TIME_SCHEMA,
    lastAttemptAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

/** Query of `GET /deliveries`. */
export const DELIVERY_LIST_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...DELIVERY_STATUSES], description: 'only deliveries in this state; dead = the dead-letter list' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  },
} as const;
