import { CHANNEL_KINDS } from '../../storage/schema/notification-channels.js';
import { DELIVERY_STATUSES } from '../../storage/schema/notification-deliveries.js';
import { TIME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';

const KIND = { type: 'string', enum: [...CHANNEL_KINDS] } as const;
const NAME = { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S', description: 'shown in the list, e.g. "Trading desk Slack"' } as const;
const NULLABLE_TEXT = { anyOf: [{ type: 'string' }, { type: 'null' }] } as const;

/** A channel's settings: which fields a kind takes, and their values, are checked by `parseChannelConfig`. */
const CONFIG = {
  type: 'object',
  maxProperties: 10,
  additionalProperties: { type: 'string', maxLength: 2048 },
  description:
    'by kind — webhook: {url} (http or https); telegram: {botToken, chatId} (chatId an integer or @channelname; in an edit, leave botToken out to keep it); ' +
    'discord, slack: {webhookUrl} (https); email: {to}',
} as const;

/** A channel as the API gives it (secrets redacted). */
export const CHANNEL_SCHEMA = {
  type: 'object',
  required: ['id', 'kind', 'name', 'enabled', 'config', 'createdAt', 'updatedAt', 'lastDelivery'],
  properties: {
    id: UUID_SCHEMA,
    kind: KIND,
    name: { type: 'string' },
    enabled: { type: 'boolean' },
    config: { type: 'object', additionalProperties: { type: 'string' }, description: 'the Telegram bot token redacted to …1234' },
    createdAt: TIME_SCHEMA,
    updatedAt: TIME_SCHEMA,
    lastDelivery: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['status', 'at', 'error'],
          properties: { status: { type: 'string', enum: ['delivered', 'failed'] }, at: TIME_SCHEMA, error: NULLABLE_TEXT },
        },
      ],
    },
  },
} as const;

/** A channel just created: a webhook's answer also carries its signing secret, this once. */
export const CREATED_CHANNEL_SCHEMA = {
  ...CHANNEL_SCHEMA,
  properties: { ...CHANNEL_SCHEMA.properties, secret: { type: 'string', description: 'webhook signing secret (whsec_…): shown this once, store it now' } },
} as const;

/** One delivery of a message to a channel. */
export const DELIVERY_SCHEMA = {
  type: 'object',
  required: ['id', 'channelId', 'kind', 'subject', 'status', 'attempts', 'error', 'latencyMs', 'createdAt', 'deliveredAt'],
  properties: {
    id: UUID_SCHEMA,
    channelId: UUID_SCHEMA,
    kind: KIND,
    subject: { type: 'string' },
    status: { type: 'string', enum: [...DELIVERY_STATUSES], description: 'dead: given up after the last retry, or refused for good by the channel' },
    attempts: { type: 'integer' },
    error: NULLABLE_TEXT,
    latencyMs: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
    createdAt: TIME_SCHEMA,
    deliveredAt: { anyOf: [TIME_SCHEMA, { type: 'null' }] },
  },
} as const;

/** Body of `POST /channels`. */
export const NEW_CHANNEL_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'name', 'config'],
  properties: { kind: KIND, name: NAME, config: CONFIG, enabled: { type: 'boolean', default: true } },
} as const;

/** Body of `PATCH /channels/:id`: the fields to change; `config` replaces the old one (kind stays). */
export const CHANNEL_CHANGES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name: NAME, config: CONFIG, enabled: { type: 'boolean' } },
} as const;

/** Query of `GET /channels/:id/deliveries`. */
export const DELIVERIES_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
} as const;
