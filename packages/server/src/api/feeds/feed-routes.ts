// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { SignalAction } from '@goldensignals/engine';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import { writeAtom } from '../../export/atom-writer.js';
import type { FeedDocument } from '../../export/feed-document.js';
import { writeRss } from '../../export/rss-writer.js';
import { readSignalFeed } from '../../export/signal-feed.js';
import { newOpaqueToken } from '../../security/credentials/opaque-token.js';
import { hashToken } from '../../security/credentials/token-hash.js';
import type { Database } from '../../storage/database.js';
import { FeedTokenRepository } from '../../storage/repositories/feed-token-repository.js';
import { ERROR_RESPONSES } from '../common-schemas.js';
import { ACTION_LIST_SCHEMA } from '../exports/export-schemas.js';

/** What the feed routes need. */
export interface FeedRoutesOptions {
  readonly database: Database;
  /** The clock of an empty feed's `updated` (tests fix it). */
  readonly now?: () => number;
}

/** Marks a feed token in URLs and logs, as `gs_` marks API keys. */
export const FEED_TOKEN_PREFIX = 'gsf_';

const tags = ['feeds'];
const UNAUTHORIZED = { 401: { $ref: 'ErrorBody#' } } as const;
const FORMATS = {
  rss: { path: '/feeds/signals.rss', contentType: 'application/rss+xml; charset=utf-8', write: writeRss },
  atom: { path: '/feeds/signals.atom', contentType: 'application/atom+xml; charset=utf-8', write: writeAtom },
} as const;

const FEED_LINKS_SCHEMA = {
  type: 'object',
  required: ['token', 'rssUrl', 'atomUrl'],
  properties: {
    token: { type: 'string', description: 'shown this once; only its hash is stored' },
    rssUrl: { type: 'string', description: 'RSS 2.0 feed of your signals, token included' },
    atomUrl: { type: 'string', description: 'Atom 1.0 feed of your signals, token included' },
  },
} as const;

/** The origin the caller reached the server at (behind a proxy with TRUST_PROXY, the forwarded one). */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * `/api/v1/feeds/...`: a private token for RSS/Atom readers (they cannot send an Authorization header, so the token in
 * the URL is the credential), and the feeds of the token owner's signals.
 */
export async function feedRoutes(app: FastifyInstance, options: FeedRoutesOptions): Promise<void> {
  const tokens = new FeedTokenRepository(options.database.db);
  const now = options.now ?? Date.now;
  const prefix = app.prefix;

  app.post(
    '/feeds/token',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: 'Make a new feed token (replacing the old one, which stops working) and get the feed URLs', response: { 201: FEED_LINKS_SCHEMA, ...ERROR_RESPONSES } },
    },
    async (request, reply) => {
      const token = newOpaqueToken(FEED_TOKEN_PREFIX);
      await tokens.replace(callerOf(request).userId, hashToken(token));
      const feedUrl = (format: keyof typeof FORMATS): string => `${originOf(request)}${prefix}${FORMATS[format].path}?token=${encodeURIComponent(token)}`;
      return reply.code(201).send({ token, rssUrl: feedUrl('rss'), atomUrl: feedUrl('atom') });
    },
  );

  app.delete(
    '/feeds/token',
    { config: { role: 'viewer' }, schema: { tags, summary: 'Revoke your feed token: readers using it get 401', response: { 204: { type: 'null', description: 'revoked' }, ...ERROR_RESPONSES } } },
    async (request, reply) => {
      if (!(await tokens.revoke(callerOf(request).userId))) throw AppError.notFound('you have no feed token');
      return reply.code(204).send();
    },
  );

  async function sendFeed(request: FastifyRequest<{ Querystring: { token: string; actions: string } }>, reply: FastifyReply, format: keyof typeof FORMATS): Promise<FastifyReply> {
    const owner = await tokens.use(hashToken(request.query.token));
    if (owner === null) throw new AppError('GS_ERR_UNAUTHORIZED', 'this feed token is unknown or was revoked; make a new one in Settings');
    const feed: FeedDocument = await readSignalFeed(options.database.db, {
      userId: owner.userId,
      actions: request.query.actions.split(',') as SignalAction[],
      baseUrl: originOf(request),
      selfUrl: `${originOf(request)}${request.url}`,
      now: now(),
    });
    // Private to the token's owner: shared caches must not keep it.
    void reply.header('cache-control', 'private, max-age=60').type(FORMATS[format].contentType);
    return reply.send(FORMATS[format].write(feed));
  }

  for (const format of ['rss', 'atom'] as const) {
    const contentType = FORMATS[format].contentType.split(';')[0];
    app.get<{ Querystring: { token: string; actions: string } }>(
      FORMATS[format].path,
      {
        // Feed readers send no Authorization header: the token in the query is checked here instead.
        config: { role: 'public' },
        // Requests are logged with their URL, which carries the token: these routes log warnings only.
        logLevel: 'warn',
        schema: {
          tags,
          summary: `${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'} feed of the token owner's newest 50 signals on the symbols of their watchlists (all symbols without one)`,
          querystring: {
            type: 'object',
            additionalProperties: false,
            required: ['token'],
            properties: {
              token: { type: 'string', minLength: 1, maxLength: 200, description: 'the feed token from POST /feeds/token' },
              actions: { ...ACTION_LIST_SCHEMA, default: 'BUY,SELL', description: 'comma-separated actions (default BUY,SELL)' },
            },
          },
          response: { 200: { description: 'the feed', content: { [contentType]: { schema: { type: 'string' } } } }, ...UNAUTHORIZED, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => sendFeed(request, reply, format),
    );
  }
}
