// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { ExternalVoteService } from '../../inbound/external-vote-service.js';
import { tradingViewMessageTemplate } from '../../inbound/tradingview-message-template.js';
import type { Database } from '../../storage/database.js';
import { TradingViewHookRepository, type TradingViewHook } from '../../storage/repositories/tradingview-hook-repository.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { CREATED_HOOK_SCHEMA, HOOK_SCHEMA, NEW_HOOK_SCHEMA } from './tradingview-schemas.js';
import { TRADINGVIEW_INBOUND_PATH } from './tradingview-inbound-routes.js';

/** What the hook routes need. */
export interface TradingViewHookRoutesOptions {
  readonly database: Database;
  readonly service: ExternalVoteService;
  /** Origin TradingView reaches this install at (`https://signals.example.com`); default the origin each request came to. */
  readonly publicUrl?: string;
}

/** A hook as the API lists it. */
export interface TradingViewHookView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastReceivedAt: string | null;
  readonly messageTemplate: string;
}

function viewOf(hook: TradingViewHook): TradingViewHookView {
  return { id: hook.id, name: hook.name, createdAt: hook.createdAt.toISOString(), lastReceivedAt: hook.lastReceivedAt?.toISOString() ?? null, messageTemplate: tradingViewMessageTemplate(hook.name) };
}

/** The origin requests reach this install at: behind a proxy (TRUST_PROXY), the one the client used. */
function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;

/** `/api/v1/tradingview/hooks`: the caller's TradingView webhooks (traders and admins). */
export async function tradingViewHookRoutes(app: FastifyInstance, options: TradingViewHookRoutesOptions): Promise<void> {
  const repository = new TradingViewHookRepository(options.database.db);
  const { service } = options;
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  const tags = ['tradingview'];

  app.get(
    '/tradingview/hooks',
    {
      config: { role: 'trader' },
      schema: { tags, summary: "The caller's TradingView webhooks, oldest first (without secrets)", response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: HOOK_SCHEMA } } }, ...ERROR_RESPONSES } },
    },
    async (request) => ({ items: (await repository.listForUser(callerOf(request).userId)).map(viewOf) }),
  );

  app.post<{ Body: { name: string } }>(
    '/tradingview/hooks',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "Create a TradingView webhook: the answer carries its URL (with the secret, shown this once) and the alert message to paste",
        body: NEW_HOOK_SCHEMA,
        response: { 201: CREATED_HOOK_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const name = request.body.name.trim();
      if (name === '') throw AppError.invalid('body.name', 'must not be blank');
      const { hook, secret } = await service.createHook(callerOf(request).userId, name);
      const url = `${publicUrl ?? requestOrigin(request)}${app.prefix}${TRADINGVIEW_INBOUND_PATH}/${secret}`;
      return reply.code(201).send({ ...viewOf(hook), secret, url });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/tradingview/hooks/:id',
    {
      config: { role: 'trader' },
      schema: { tags, summary: 'Delete a TradingView webhook and the votes it brought', params: ID_PARAMS, response: { 204: { type: 'null', description: 'deleted' }, ...ERROR_RESPONSES } },
    },
    async (request, reply) => {
      if (!(await repository.deleteOwned(callerOf(request).userId, request.params.id))) throw AppError.notFound(`no TradingView hook ${request.params.id}`);
      return reply.code(204).send();
    },
  );
}
