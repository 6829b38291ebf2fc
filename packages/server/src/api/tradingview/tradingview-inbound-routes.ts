// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import type { ExternalVoteService } from '../../inbound/external-vote-service.js';
import type { FailedSecretLimiter } from '../../inbound/failed-secret-limiter.js';
import { tradingViewMessageTemplate } from '../../inbound/tradingview-message-template.js';
import { jsonNestingDepth } from '../../security/limits/json-depth.js';
import type { TradingViewHook } from '../../storage/repositories/tradingview-hook-repository.js';
import { ERROR_RESPONSES } from '../common-schemas.js';
import { ACCEPTED_ALERT_SCHEMA, ALERT_BODY_SCHEMA } from './tradingview-schemas.js';

/** Deepest nesting of a text/plain alert read as JSON: an alert is one flat object. */
const MAX_ALERT_DEPTH = 32;

/** Where TradingView posts alerts, under the API prefix; the secret follows as the last path segment. */
export const TRADINGVIEW_INBOUND_PATH = '/inbound/tradingview';

/** What the inbound route needs. */
export interface TradingViewInboundRoutesOptions {
  readonly service: ExternalVoteService;
  readonly failedSecrets: FailedSecretLimiter;
}

/** Both routes' requests: only the first has the secret in its path. */
interface InboundRoute {
  Params: { secret?: string };
  Body: unknown;
}
type InboundRequest = FastifyRequest<InboundRoute>;

function notJson(): AppError {
  return AppError.invalid('body', `must be JSON (the alert message): paste this into the TradingView alert's Message box: ${tradingViewMessageTemplate()}`);
}

/** The alert as a JSON object: TradingView posts valid JSON as application/json and anything else as text/plain. */
function alertObject(body: unknown): Record<string, unknown> {
  let value = body;
  if (typeof body === 'string') {
    // The same bound the JSON parser of the API applies, which a text/plain body does not pass through.
    if (jsonNestingDepth(body) > MAX_ALERT_DEPTH) throw AppError.invalid('body', `nests deeper than ${MAX_ALERT_DEPTH} levels`);
    try {
      value = JSON.parse(body);
    } catch {
      throw notJson();
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw notJson();
  return value as Record<string, unknown>;
}

function unknownSecret(): AppError {
  return new AppError('GS_ERR_UNAUTHORIZED', 'unknown TradingView webhook secret: copy the webhook URL again from the hook (create a new hook if its secret is lost)');
}

const PARAMS = { type: 'object', required: ['secret'], properties: { secret: { type: 'string', maxLength: 200 } } } as const;
const NO_QUERY = { type: 'object', additionalProperties: false, properties: {} } as const;
const RESPONSES = { 202: ACCEPTED_ALERT_SCHEMA, ...ERROR_RESPONSES, 401: { $ref: 'ErrorBody#' }, 429: { $ref: 'ErrorBody#' } } as const;

/**
 * `POST /api/v1/inbound/tradingview[/:secret]`: TradingView's webhook. No credentials (TradingView sends none): the
 * hook's secret in the path, or as `secret` in the JSON, is the credential. Checked before the body is validated, so
 * a wrong secret learns nothing of the input rules; addresses sending wrong secrets are slowed down. Correct alerts
 * are limited per hook instead of per address, as TradingView posts every user's alerts from a few addresses. The
 * routes log at warn level only, so the secret in the URL does not reach the request log.
 */
export async function tradingViewInboundRoutes(app: FastifyInstance, options: TradingViewInboundRoutesOptions): Promise<void> {
  const { service, failedSecrets } = options;
  const hooks = new WeakMap<FastifyRequest, TradingViewHook>();
  const tags = ['tradingview'];

  const hookOrFailure = async (request: InboundRequest, secret: unknown): Promise<TradingViewHook> => {
    const hook = typeof secret === 'string' ? await service.hookOf(secret) : null;
    if (hook !== null) return hook;
    failedSecrets.recordFailure(request.ip);
    if (typeof secret !== 'string') throw new AppError('GS_ERR_UNAUTHORIZED', `no webhook secret: post to the hook's URL (${app.prefix}${TRADINGVIEW_INBOUND_PATH}/<secret>) or send "secret" in the JSON`);
    throw unknownSecret();
  };

  /** Finds the hook before validation, and turns a text body into the JSON object it must be. */
  const authenticate = async (request: InboundRequest): Promise<void> => {
    const verdict = failedSecrets.check(request.ip);
    if (!verdict.allowed) {
      throw new AppError('GS_ERR_RATE_LIMITED', `too many wrong webhook secrets from this address; retry in ${verdict.retryAfterSeconds} s`, [], { retryAfterSeconds: verdict.retryAfterSeconds });
    }
    const pathSecret = request.params.secret;
    const pathHook = pathSecret === undefined ? undefined : await hookOrFailure(request, pathSecret);
    const body = alertObject(request.body);
    if (pathSecret !== undefined && body.secret !== undefined && body.secret !== pathSecret) throw AppError.invalid('body.secret', 'disagrees with the secret in the URL');
    hooks.set(request, pathHook ?? (await hookOrFailure(request, body.secret)));
    request.body = body;
  };

  const accept = async (request: InboundRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const hook = hooks.get(request);
    if (hook === undefined) throw unknownSecret();
    const { secret: _secret, ...fields } = alertObject(request.body);
    const accepted = await service.accept(hook, fields);
    return reply.code(202).send({ accepted: true, ...accepted });
  };

  const routeOptions = {
    config: { role: 'public' as const, rateLimit: false as const },
    logLevel: 'warn' as const,
    preValidation: authenticate,
  };
  const summary = 'TradingView alert webhook: the alert becomes a vote of the tradingview agent (JSON as application/json or text/plain)';

  app.post<InboundRoute>(
    `${TRADINGVIEW_INBOUND_PATH}/:secret`,
    { ...routeOptions, schema: { tags, summary: `${summary}; the secret is the last path segment`, params: PARAMS, querystring: NO_QUERY, body: ALERT_BODY_SCHEMA, response: RESPONSES } },
    accept,
  );

  app.post<InboundRoute>(
    TRADINGVIEW_INBOUND_PATH,
    { ...routeOptions, schema: { tags, summary: `${summary}; the secret comes as "secret" in the JSON`, querystring: NO_QUERY, body: ALERT_BODY_SCHEMA, response: RESPONSES } },
    accept,
  );
}
