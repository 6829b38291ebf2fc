import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import '../../auth/caller.js';
import { installRateLimits, type RateLimitOptions, type RateLimitPrincipal } from './rate-limit-plugin.js';

const apps: FastifyInstance[] = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

function principalOf(request: FastifyRequest): RateLimitPrincipal {
  const userId = request.caller?.userId;
  return userId === undefined || userId === null ? null : `user:${userId}`;
}

/** An app like buildApp's: an identify preValidation hook (here: trusts `x-test-user`), then the limits, then the routes. */
async function limitedApp(options: Partial<RateLimitOptions> = {}): Promise<FastifyInstance> {
  const app = await createBaseApp();
  apps.push(app);
  app.addHook('preValidation', async (request) => {
    const user = request.headers['x-test-user'];
    if (typeof user === 'string') request.caller = { userId: user, role: 'viewer' };
  });
  await installRateLimits(app, { principalOf, anonymousPerMinute: 3, authenticatedPerMinute: 5, ...options });
  await app.register(async (routes) => {
    routes.get('/api/v1/things', async () => ({ ok: true }));
    routes.post('/api/v1/auth/login', { config: { rateLimit: { max: 1 } } }, async () => ({ ok: true }));
    routes.get('/health', async () => ({ status: 'ok' }));
    routes.get('/ready', async () => ({ ready: true }));
    routes.get('/metrics', async () => 'up 1');
    routes.get('/api/v1/internal', async () => ({ ok: true }));
  });
  return app;
}

async function statuses(app: FastifyInstance, count: number, request: { url: string; remoteAddress?: string; headers?: Record<string, string>; method?: 'GET' | 'POST' }): Promise<number[]> {
  const answers: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await app.inject({ method: request.method ?? 'GET', url: request.url, remoteAddress: request.remoteAddress, headers: request.headers });
    answers.push(response.statusCode);
  }
  return answers;
}

describe('installRateLimits', () => {
  it('answers 429 with the coded error body and Retry-After once an anonymous address used its limit', async () => {
    const app = await limitedApp();
    expect(await statuses(app, 3, { url: '/api/v1/things', remoteAddress: '10.0.0.1' })).toEqual([200, 200, 200]);
    const response = await app.inject({ method: 'GET', url: '/api/v1/things', remoteAddress: '10.0.0.1' });
    expect(response.statusCode).toBe(429);
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(59);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(response.json()).toEqual({
      code: 'GS_ERR_RATE_LIMITED',
      message: `too many requests: 3 per minute allowed for IP address 10.0.0.1; retry in ${retryAfter} s`,
      requestId: expect.any(String),
    });
    expect(response.headers['x-ratelimit-limit']).toBe('3');
  });

  it('counts each address separately', async () => {
    const app = await limitedApp();
    expect(await statuses(app, 4, { url: '/api/v1/things', remoteAddress: '10.0.0.1' })).toEqual([200, 200, 200, 429]);
    expect(await statuses(app, 3, { url: '/api/v1/things', remoteAddress: '10.0.0.2' })).toEqual([200, 200, 200]);
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    const app = await limitedApp();
    expect(await statuses(app, 2, { url: '/api/v1/things', remoteAddress: '2001:db8::1' })).toEqual([200, 200]);
    expect(await statuses(app, 2, { url: '/api/v1/things', remoteAddress: '2001:db8::ffff' })).toEqual([200, 429]);
  });

  it('counts signed-in users per user with their own higher limit, whatever address they come from', async () => {
    const app = await limitedApp();
    const ann = { url: '/api/v1/things', headers: { 'x-test-user': 'ann' } };
    expect(await statuses(app, 3, { ...ann, remoteAddress: '10.0.0.1' })).toEqual([200, 200, 200]);
    expect(await statuses(app, 3, { ...ann, remoteAddress: '10.0.0.2' })).toEqual([200, 200, 429]);
    // Ann's use did not count against her addresses, nor against another user.
    expect(await statuses(app, 1, { url: '/api/v1/things', remoteAddress: '10.0.0.1' })).toEqual([200]);
    expect(await statuses(app, 5, { url: '/api/v1/things', remoteAddress: '10.0.0.1', headers: { 'x-test-user': 'bob' } })).toEqual([200, 200, 200, 200, 200]);
    const response = await app.inject({ method: 'GET', url: '/api/v1/things', headers: { 'x-test-user': 'ann' } });
    expect(response.json()).toMatchObject({ code: 'GS_ERR_RATE_LIMITED', message: expect.stringMatching(/^too many requests: 5 per minute allowed for user ann; retry in \d+ s$/) });
  });

  it('never limits /health, /ready and /metrics', async () => {
    const app = await limitedApp();
    for (const url of ['/health', '/ready', '/metrics']) expect(await statuses(app, 6, { url, remoteAddress: '10.0.0.1' })).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await statuses(app, 4, { url: '/api/v1/things', remoteAddress: '10.0.0.1' })).toEqual([200, 200, 200, 429]);
  });

  it('exempts the requests the allow list names', async () => {
    const app = await limitedApp({ allowList: (request) => request.ip === '127.0.0.1' && request.url === '/api/v1/internal' });
    expect(await statuses(app, 6, { url: '/api/v1/internal', remoteAddress: '127.0.0.1' })).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await statuses(app, 4, { url: '/api/v1/internal', remoteAddress: '10.0.0.1' })).toEqual([200, 200, 200, 429]);
  });

  it("lets a route set its own limit in config.rateLimit, counted apart from the others", async () => {
    const app = await limitedApp();
    expect(await statuses(app, 2, { method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.0.0.1' })).toEqual([200, 429]);
    expect(await statuses(app, 3, { url: '/api/v1/things', remoteAddress: '10.0.0.1' })).toEqual([200, 200, 200]);
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.0.0.1' });
    expect(response.json()).toMatchObject({ message: expect.stringMatching(/^too many requests: 1 per minute allowed for IP address 10\.0\.0\.1; retry in \d+ s$/) });
  });
});
