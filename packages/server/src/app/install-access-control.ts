import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { AuthorizeRequest } from '../auth/authorize-request.js';
import { installRateLimits, type RateLimitPrincipal } from '../security/limits/rate-limit-plugin.js';

/** What {@link installAccessControl} needs. */
export interface AccessControl {
  /** Finds the caller of a request without refusing anything (sets `request.caller`). */
  readonly identify: (request: FastifyRequest) => Promise<void>;
  /** Refuses a caller below the route's role (401/403). */
  readonly authorize: AuthorizeRequest;
  readonly anonymousPerMinute: number;
  readonly authenticatedPerMinute: number;
  /** Scaled out: the Redis holding every node's rate-limit counters (keys `<keyPrefix>rate-limit:...`); in process when absent. */
  readonly rateLimitStore?: { readonly redis: Redis; readonly keyPrefix?: string };
}

function principalOf(request: FastifyRequest): RateLimitPrincipal {
  const caller = request.caller;
  if (caller === undefined || caller.userId === null) return null;
  return caller.apiKeyId !== undefined ? `key:${caller.apiKeyId}` : `user:${caller.userId}`;
}

/**
 * Identify, count, then enforce, on every route registered after this call: the caller is found first (an
 * app-wide preValidation hook), the rate limit counts the request against that caller or its IP (a route hook), and
 * only then are bad credentials or a too-low role refused, so a flood of bad tokens is rate limited too. All of it
 * runs before validation: a caller without access learns nothing of a route's input rules (401/403, not 400).
 */
export async function installAccessControl(app: FastifyInstance, access: AccessControl): Promise<void> {
  app.addHook('preValidation', access.identify);
  await installRateLimits(app, {
    principalOf,
    anonymousPerMinute: access.anonymousPerMinute,
    authenticatedPerMinute: access.authenticatedPerMinute,
    // Only the API is counted: dashboard files are static, and WebSocket upgrades have their own limits.
    allowList: (request) => !request.url.startsWith('/api/'),
    redis: access.rateLimitStore?.redis,
    keyPrefix: access.rateLimitStore?.keyPrefix,
  });
  const enforce = async (request: FastifyRequest): Promise<void> => {
    const role = request.routeOptions.config.role;
    if (role !== undefined && role !== 'public') await access.authorize(request, role);
  };
  // Added per route after the rate limit's own onRoute hook, so it runs after the count.
  app.addHook('onRoute', (route) => {
    const existing = route.preValidation === undefined ? [] : Array.isArray(route.preValidation) ? route.preValidation : [route.preValidation];
    route.preValidation = [...existing, enforce];
  });
}
