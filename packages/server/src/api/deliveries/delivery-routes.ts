// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Notifier } from '../../notify/notifier.js';
import type { Database } from '../../storage/database.js';
import { ChannelRepository } from '../../storage/repositories/channel-repository.js';
import { DeliveryRepository, type NamedDelivery, type NotificationDelivery } from '../../storage/repositories/delivery-repository.js';
import type { DeliveryStatus } from '../../storage/schema/notification-deliveries.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { DELIVERY_LIST_QUERY_SCHEMA, LISTED_DELIVERY_SCHEMA } from './delivery-schemas.js';

/** What the delivery routes need. */
export interface DeliveryRoutesOptions {
  readonly database: Database;
  /** Makes the attempts asked for by hand. */
  readonly notifier: Pick<Notifier, 'retryNow'>;
}

/** A delivery as the list and the retry answer give it. */
export interface ListedDeliveryView {
  readonly id: string;
  readonly channelId: string;
  readonly channelName: string;
  readonly kind: string;
  readonly eventType: string;
  readonly subject: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly error: string | null;
  readonly createdAt: string;
  readonly lastAttemptAt: string | null;
}

function listedView(row: NotificationDelivery, channelName: string): ListedDeliveryView {
  return {
    id: row.id,
    channelId: row.channelId,
    channelName,
    kind: row.kind,
    eventType: row.eventType,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
  };
}

function notFound(id: string): AppError {
  return AppError.notFound(`no delivery ${id}`);
}

/** `/api/v1/deliveries/...`: the deliveries to the caller's channels (the dead-letter list), and retrying one by hand. */
export async function deliveryRoutes(app: FastifyInstance, options: DeliveryRoutesOptions): Promise<void> {
  const deliveries = new DeliveryRepository(options.database.db);
  const channels = new ChannelRepository(options.database.db);
  const tags = ['channels'];

  app.get<{ Querystring: { status?: DeliveryStatus; limit: number } }>(
    '/deliveries',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "Deliveries to the caller's channels, newest first; status=dead is the dead-letter list",
        querystring: DELIVERY_LIST_QUERY_SCHEMA,
        response: { 200: { type: 'object', required: ['deliveries'], properties: { deliveries: { type: 'array', items: LISTED_DELIVERY_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const rows: NamedDelivery[] = await deliveries.listForOwner(callerOf(request).userId, request.query.status, request.query.limit);
      return { deliveries: rows.map((row) => listedView(row, row.channelName)) };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/deliveries/:id/retry',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Attempt a failed or dead delivery again now, with the channel as it is configured now (answers with the delivery after the attempt)',
        params: { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } },
        response: { 200: { type: 'object', required: ['delivery'], properties: { delivery: LISTED_DELIVERY_SCHEMA } }, 409: { $ref: 'ErrorBody#' }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const owner = callerOf(request).userId;
      const delivery = await deliveries.ownedBy(owner, request.params.id);
      if (delivery === null) throw notFound(request.params.id);
      const channel = await channels.ownedBy(owner, delivery.channelId);
      if (channel === null) throw notFound(request.params.id);
      const retried = await options.notifier.retryNow(delivery, channel);
      if (!retried.retried) throw new AppError('GS_ERR_CONFLICT', `delivery ${delivery.id} was not retried: ${retried.reason}`);
      return { delivery: listedView(retried.delivery, channel.name) };
    },
  );
}
