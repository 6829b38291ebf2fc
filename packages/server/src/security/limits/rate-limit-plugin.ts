import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppError } from '../../errors/app-error.js';

/** Who a request counts against: a signed-in user or an API key; `null` for an anonymous caller (counted by IP). */
export type RateLimitPrincipal = `user:${string}` | `key:${string}` | null;

/** Options of {@link installRateLimits}. */
export interface RateLimitOptions {
  /** The caller the authorize hook resolved (read from `request.caller`), or `null` when anonymous. */
  readonly principalOf: (request: FastifyRequest) => RateLimitPrincipal;
  /** Requests per minute of one anonymous IP address (default 120). */
  readonly anonymousPerMinute?: number;
  /** Requests per minute of one user or API key (default 1200). */
  readonly authenticatedPerMinute?: number;
  /** Further requests exempt from the limit; `/health`, `/ready` and `/metrics` always are. */
  readonly allowList?: (request: FastifyRequest) => boolean;
  /** Most keys tracked at once, least recently used forgotten first (default 10,000; in-process counting only). */
  readonly trackedKeys?: number;
  /**
   * A Redis connection (fail-fast, see `openRedis(url, { role: 'cache' })`) holding the counters, so that every
   * node of a scaled-out deployment counts against one budget; counted in process memory when absent.
   */
  readonly redis?: Redis;
  /** Prefix of the counters' Redis keys, `<keyPrefix>rate-limit:...` (default `goldensignals:`). */
  readonly keyPrefix?: string;
}

const MINUTE_MS = 60_000;
// Probes and scrapers poll these on a schedule; limiting them would only make a healthy server look down.
const EXEMPT_PATHS: ReadonlySet<string> = new Set(['/health', '/ready', '/metrics']);

function keyOf(request: FastifyRequest, principalOf: RateLimitOptions['principalOf']): string {
  // The plugin's own IP grouping: a whole IPv6 /64 counts as one address, or one client could rotate through 2^64.
  return principalOf(request) ?? `ip:${normalizeIP(request.ip)}`;
}

function describeKey(key: string): string {
  if (key.startsWith('user:')) return `user ${key.slice('user:'.length)}`;
  if (key.startsWith('key:')) return `API key ${key.slice('key:'.length)}`;
  return `IP address ${key.slice('ip:'.length)}`;
}

function describeWindow(request: FastifyRequest): string {
  const routeLimit = request.routeOptions.config.rateLimit;
  const windowMs = routeLimit === undefined || routeLimit === false ? MINUTE_MS : routeLimit.timeWindow;
  if (windowMs === undefined || windowMs === MINUTE_MS) return 'per minute';
  if (typeof windowMs === 'number') return `per ${Math.round(windowMs / 1000)} s`;
  return `per ${typeof windowMs === 'string' ? windowMs : 'time window'}`;
}

/**
 * Registers `@fastify/rate-limit` for every route registered after this call: anonymous callers
 * are counted per IP address, authenticated ones per user or API key, each in a fixed one-minute
 * window. A route may set its own `config.rateLimit` (e.g. `{ max: 10 }` on login, or `false`).
 * Over the limit the answer is a 429 `GS_ERR_RATE_LIMITED` with `Retry-After` in seconds.
 *
 * Order matters twice. The limit runs as a route-level `preValidation` hook, after Fastify's shared
 * `preValidation` hooks, so the app's identify hook has set `request.caller` before the key is
 * chosen; add that hook first, as `buildApp` does. And the plugin attaches itself to routes as
 * they are registered, so install it before registering any route plugin that should be limited.
 * Running before validation, it counts invalid requests too (and, with the access control's enforce hook
 * after it, bad credentials); it does not see bodies that fail to parse.
 */
export async function installRateLimits(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  const anonymousPerMinute = options.anonymousPerMinute ?? 120;
  const authenticatedPerMinute = options.authenticatedPerMinute ?? 1200;
  const { principalOf, allowList } = options;
  await app.register(fastifyRateLimit, {
    global: true,
    hook: 'preValidation',
    timeWindow: MINUTE_MS,
    cache: options.trackedKeys ?? 10_000,
    ...(options.redis === undefined ? {} : { redis: options.redis, nameSpace: `${options.keyPrefix ?? 'goldensignals:'}rate-limit:` }),
    // When the counters cannot be reached (Redis down), requests are let through uncounted: an outage of the
    // limiter's store must not take the whole API down with it. The login throttle still slows password guessing.
    skipOnError: true,
    keyGenerator: (request) => keyOf(request, principalOf),
    max: (_request, key) => (key.startsWith('ip:') ? anonymousPerMinute : authenticatedPerMinute),
    allowList: (request) => EXEMPT_PATHS.has(request.routeOptions.url ?? '') || (allowList?.(request) ?? false),
    errorResponseBuilder: (request, context) => {
      const retryAfterSeconds = Math.max(1, Math.ceil(context.ttl / 1000));
      const who = describeKey(keyOf(request, principalOf));
      // An AppError, thrown by the plugin, reaches the app's error handler: the same body as every other
      // error, and Retry-After set from retryAfterSeconds (the plugin sets it too; both agree).
      return new AppError('GS_ERR_RATE_LIMITED', `too many requests: ${context.max} ${describeWindow(request)} allowed for ${who}; retry in ${retryAfterSeconds} s`, [], {
        retryAfterSeconds,
      });
    },
  });
}
