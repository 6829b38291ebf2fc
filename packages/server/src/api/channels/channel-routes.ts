// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import { parseChannelConfig, parseChannelConfigChange } from '../../notify/channel-config.js';
import type { Notifier } from '../../notify/notifier.js';
import { newWebhookSecret } from '../../notify/webhook-signature.js';
import type { Database } from '../../storage/database.js';
import { ChannelRepository, type NotificationChannelChanges } from '../../storage/repositories/channel-repository.js';
import { DeliveryRepository } from '../../storage/repositories/delivery-repository.js';
import type { ChannelKind } from '../../storage/schema/notification-channels.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { CHANNEL_CHANGES_SCHEMA, CHANNEL_SCHEMA, CREATED_CHANNEL_SCHEMA, DELIVERIES_QUERY_SCHEMA, DELIVERY_SCHEMA, NEW_CHANNEL_SCHEMA } from './channel-schemas.js';
import { channelView, deliveryView } from './channel-views.js';

/** What the channel routes need. */
export interface ChannelRoutesOptions {
  readonly database: Database;
  /** Sends the test messages. */
  readonly notifier: Pick<Notifier, 'sendTest'>;
}

interface NewChannelBody {
  readonly kind: ChannelKind;
  readonly name: string;
  readonly config: Record<string, string>;
  readonly enabled: boolean;
}

interface ChannelChangesBody {
  readonly name?: string;
  readonly config?: Record<string, string>;
  readonly enabled?: boolean;
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;

function notFound(id: string): AppError {
  return AppError.notFound(`no notification channel ${id}`);
}

/** `/api/v1/channels/...`: the caller's notification channels, their test messages and deliveries. */
export async function channelRoutes(app: FastifyInstance, options: ChannelRoutesOptions): Promise<void> {
  const channels = new ChannelRepository(options.database.db);
  const deliveries = new DeliveryRepository(options.database.db);
  const tags = ['channels'];

  app.get(
    '/channels',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "The caller's notification channels, oldest first, each with how its last delivery went",
        response: { 200: { type: 'object', required: ['channels'], properties: { channels: { type: 'array', items: CHANNEL_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const rows = await channels.listForUser(callerOf(request).userId);
      const latest = await deliveries.latestOutcomes(rows.map((row) => row.id));
      return { channels: rows.map((row) => channelView(row, latest.get(row.id))) };
    },
  );

  app.post<{ Body: NewChannelBody }>(
    '/channels',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Add a notification channel (a webhook answer carries its signing secret, shown this once)',
        body: NEW_CHANNEL_SCHEMA,
        response: { 201: CREATED_CHANNEL_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { kind, name, config, enabled } = request.body;
      const secret = kind === 'webhook' ? newWebhookSecret() : null;
      const created = await channels.create({ userId: callerOf(request).userId, kind, name: name.trim(), config: parseChannelConfig(kind, config), secret, enabled });
      return reply.code(201).send({ ...channelView(created, undefined), ...(secret === null ? {} : { secret }) });
    },
  );

  app.patch<{ Params: { id: string }; Body: ChannelChangesBody }>(
    '/channels/:id',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Rename, enable or disable a channel, or replace its config (its kind stays)',
        params: ID_PARAMS,
        body: CHANNEL_CHANGES_SCHEMA,
        response: { 200: CHANNEL_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const owner = callerOf(request).userId;
      const { name, config, enabled } = request.body;
      const current = await channels.ownedBy(owner, request.params.id);
      if (current === null) throw notFound(request.params.id);
      const changes: NotificationChannelChanges = {
        ...(name === undefined ? {} : { name: name.trim() }),
        ...(config === undefined ? {} : { config: parseChannelConfigChange(current.kind, current.config, config) }),
        ...(enabled === undefined ? {} : { enabled }),
      };
      const updated = await channels.updateOwned(owner, request.params.id, changes);
      if (updated === null) throw notFound(request.params.id);
      return channelView(updated, (await deliveries.latestOutcomes([updated.id])).get(updated.id));
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/channels/:id',
    {
      config: { role: 'trader' },
      schema: { tags, summary: 'Delete a channel and its deliveries', params: ID_PARAMS, response: { 204: { type: 'null', description: 'deleted' }, ...ERROR_RESPONSES } },
    },
    async (request, reply) => {
      if (!(await channels.deleteOwned(callerOf(request).userId, request.params.id))) throw notFound(request.params.id);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { id: string } }>(
    '/channels/:id/test',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Send a test message now (a failed send still answers 200, with the delivery failed and its error)',
        params: ID_PARAMS,
        response: { 200: { type: 'object', required: ['delivery'], properties: { delivery: DELIVERY_SCHEMA } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const channel = await channels.ownedBy(callerOf(request).userId, request.params.id);
      if (channel === null) throw notFound(request.params.id);
      return { delivery: deliveryView(await options.notifier.sendTest(channel)) };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/channels/:id/deliveries',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "A channel's deliveries, newest first (status dead: the dead-letter list)",
        params: ID_PARAMS,
        querystring: DELIVERIES_QUERY_SCHEMA,
        response: { 200: { type: 'object', required: ['deliveries'], properties: { deliveries: { type: 'array', items: DELIVERY_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const channel = await channels.ownedBy(callerOf(request).userId, request.params.id);
      if (channel === null) throw notFound(request.params.id);
      return { deliveries: (await deliveries.listForChannel(channel.id, request.query.limit)).map(deliveryView) };
    },
  );
}
