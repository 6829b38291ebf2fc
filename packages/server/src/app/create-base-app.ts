import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { SIGNAL_SCHEMA, VOTE_SCHEMA } from '../api/signals/signal-schemas.js';
import { ERROR_BODY_SCHEMA } from '../errors/error-body.js';
import { toErrorBody } from '../errors/to-error-body.js';
import { rejectNonFiniteNumbers } from './reject-non-finite-numbers.js';
import { sendIndexPage } from './web-routes.js';

/** Options of {@link createBaseApp}. */
export interface BaseAppOptions {
  readonly logger?: FastifyServerOptions['logger'];
  readonly bodyLimit?: number;
  /** Folder of the built dashboard, for page paths that the single-page app routes itself. */
  readonly webRoot?: string;
  /** Behind a reverse proxy: client IPs from X-Forwarded-For (default false: the socket's address). */
  readonly trustProxy?: boolean;
  /** Longest time to receive a whole request, ms (default 30 s; slow-loris clients are cut off). */
  readonly requestTimeoutMs?: number;
}

/**
 * A Fastify instance with what every route relies on and nothing else: strict validation, the shared
 * schemas (`ErrorBody`, `Signal`, `SignalVote`), and the one error handler that turns errors into
 * coded answers. `buildApp` adds the routes; route tests register their plugin on this.
 */
export async function createBaseApp(options: BaseAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Unknown fields are an error (400 naming them), not silently dropped; every problem is reported at once.
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array' } },
    requestIdHeader: 'x-request-id',
    trustProxy: options.trustProxy ?? false,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
  });
  app.addHook('preHandler', rejectNonFiniteNumbers);
  app.addSchema(ERROR_BODY_SCHEMA);
  app.addSchema(SIGNAL_SCHEMA);
  app.addSchema(VOTE_SCHEMA);

  app.setErrorHandler((error, request, reply) => {
    const answer = toErrorBody(error);
    if (answer.unexpected) request.log.error({ err: error }, 'request failed');
    if (answer.retryAfterSeconds !== undefined) void reply.header('retry-after', String(answer.retryAfterSeconds));
    return reply.code(answer.statusCode).send({ ...answer.body, requestId: request.id });
  });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
    if (isPage) return sendIndexPage(reply, options.webRoot);
    return reply.code(404).send({ code: 'GS_ERR_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}`, requestId: request.id });
  });

  return app;
}
