// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { AlertRepository } from '../../storage/repositories/alert-repository.js';
import { AlertTriggerRepository, type AlertTrigger } from '../../storage/repositories/alert-trigger-repository.js';
import { DeliveryRepository, type NamedDelivery } from '../../storage/repositories/delivery-repository.js';
import { CHANNEL_KINDS } from '../../storage/schema/notification-channels.js';
import { DELIVERY_STATUSES } from '../../storage/schema/notification-deliveries.js';
import { TRIGGER_STATUSES } from '../../storage/schema/alert-triggers.js';
import { ERROR_RESPONSES, TIME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';

/** What the trigger routes need. */
export interface AlertTriggerRoutesOptions {
  readonly database: Database;
}

/** A delivery of a trigger's message to one channel. */
export interface TriggerDeliveryView {
  readonly id: string;
  readonly channelId: string;
  readonly channelName: string;
  readonly kind: string;
  readonly status: string;
  readonly attempts: number;
  readonly error: string | null;
  readonly deliveredAt: string | null;
}

/** A firing of a rule, with where its message went. */
export interface AlertTriggerView {
  readonly id: string;
  readonly alertId: string;
  readonly eventKey: string;
  readonly eventType: string;
  readonly subject: string;
  readonly firedAt: string;
  readonly status: string;
  readonly deliveries: readonly TriggerDeliveryView[];
}

const NULLABLE_TEXT = { type: ['string', 'null'] } as const;

const TRIGGER_SCHEMA = {
  type: 'object',
  required: ['id', 'alertId', 'eventKey', 'eventType', 'subject', 'firedAt', 'status', 'deliveries'],
  properties: {
    id: UUID_SCHEMA,
    alertId: UUID_SCHEMA,
    eventKey: { type: 'string', description: 'what fired the rule, e.g. signal:<id>, outcome:<id>:target, price:<time>' },
    eventType: { type: 'string', description: 'alert.signal, alert.outcome, alert.price, alert.indicator or alert.system' },
    subject: { type: 'string' },
    firedAt: TIME_SCHEMA,
    status: { type: 'string', enum: [...TRIGGER_STATUSES], description: 'sent, or held back by quiet hours or the hourly limit (nothing sent)' },
    deliveries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'channelId', 'channelName', 'kind', 'status', 'attempts', 'error', 'deliveredAt'],
        properties: {
          id: UUID_SCHEMA,
          channelId: UUID_SCHEMA,
          channelName: { type: 'string' },
          kind: { type: 'string', enum: [...CHANNEL_KINDS] },
          status: { type: 'string', enum: [...DELIVERY_STATUSES] },
          attempts: { type: 'integer' },
          error: NULLABLE_TEXT,
          deliveredAt: { type: ['string', 'null'], format: 'date-time' },
        },
      },
    },
  },
} as const;

function triggerView(trigger: AlertTrigger, deliveries: readonly NamedDelivery[]): AlertTriggerView {
  return {
    id: trigger.id,
    alertId: trigger.alertId,
    eventKey: trigger.eventKey,
    eventType: trigger.eventType,
    subject: trigger.subject,
    firedAt: trigger.firedAt.toISOString(),
    status: trigger.status,
    deliveries: deliveries.map((delivery) => ({
      id: delivery.id,
      channelId: delivery.channelId,
      channelName: delivery.channelName,
      kind: delivery.kind,
      status: delivery.status,
      attempts: delivery.attempts,
      error: delivery.error,
      deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    })),
  };
}

/** `GET /api/v1/alerts/:id/triggers`: what one of the caller's rules fired, newest first, with each delivery's state. */
export async function alertTriggerRoutes(app: FastifyInstance, options: AlertTriggerRoutesOptions): Promise<void> {
  const alerts = new AlertRepository(options.database.db);
  const triggers = new AlertTriggerRepository(options.database.db);
  const deliveries = new DeliveryRepository(options.database.db);

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/alerts/:id/triggers',
    {
      config: { role: 'trader' },
      schema: {
        tags: ['alerts'],
        summary: "A rule's triggers, newest first, each with its deliveries (status quiet_hours or rate_limited: nothing was sent)",
        params: { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } },
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } } },
        response: { 200: { type: 'object', required: ['triggers'], properties: { triggers: { type: 'array', items: TRIGGER_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const alert = await alerts.ownedBy(callerOf(request).userId, request.params.id);
      if (alert === null) throw AppError.notFound(`no alert ${request.params.id}`);
      const rows = await triggers.listForAlert(alert.id, request.query.limit);
      const byTrigger = new Map<string, NamedDelivery[]>();
      for (const delivery of await deliveries.listForTriggers(rows.map((row) => row.id))) {
        if (delivery.alertTriggerId === null) continue;
        byTrigger.set(delivery.alertTriggerId, [...(byTrigger.get(delivery.alertTriggerId) ?? []), delivery]);
      }
      return { triggers: rows.map((row) => triggerView(row, byTrigger.get(row.id) ?? [])) };
    },
  );
}
