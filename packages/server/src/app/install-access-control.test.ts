import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.js';
import { AppError } from '../errors/app-error.js';
import { createBaseApp } from './create-base-app.js';
import { installAccessControl } from './install-access-control.js';

const CALLERS: Record<string, Caller> = {
  viewer: { userId: '00000000-0000-4000-8000-000000000001', role: 'viewer' },
  trader: { userId: '00000000-0000-4000-8000-000000000002', role: 'trader' },
};

/** An app with the real access control: `x-test-user` names the caller; an unknown name is a bad credential. */
async function appWithAccessControl(anonymousPerMinute = 100) {
  const app = await createBaseApp();
  const problems = new WeakMap<FastifyRequest, AppError>();
  await installAccessControl(app, {
    anonymousPerMinute,
    authenticatedPerMinute: 100,
    identify: async (request) => {
      const name = request.headers['x-test-user'];
      if (typeof name !== 'string') return;
      const caller = CALLERS[name];
      if (caller === undefined) problems.set(request, new AppError('GS_ERR_UNAUTHORIZED', 'bad credentials'));
      else request.caller = caller;
    },
    authorize: async (request, role) => {
      const problem = problems.get(request);
      if (problem !== undefined) throw problem;
      if (request.caller === undefined) throw new AppError('GS_ERR_UNAUTHORIZED', 'sign in');
      if (role === 'trader' && request.caller.role === 'viewer') throw new AppError('GS_ERR_FORBIDDEN', 'needs trader');
    },
  });
  app.post(
    '/api/v1/things',
    { config: { role: 'trader' }, schema: { body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' } } } } },
    async () => ({ ok: true }),
  );
  return app;
}

describe('installAccessControl', () => {
  it('refuses a caller without access before validating its input, so it learns nothing of the rules', async () => {
    const app = await appWithAccessControl();
    const send = (user?: string) => app.inject({ method: 'POST', url: '/api/v1/things', payload: { wrong: 1 }, headers: user === undefined ? {} : { 'x-test-user': user } });
    expect((await send()).statusCode).toBe(401);
    expect((await send('nobody')).statusCode).toBe(401);
    expect((await send('viewer')).statusCode).toBe(403);
    expect((await send('trader')).json()).toMatchObject({ code: 'GS_ERR_VALIDATION' });
  });

  it('counts refused credentials against the IP, so a flood of bad tokens meets the rate limit', async () => {
    const app = await appWithAccessControl(3);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.inject({ method: 'POST', url: '/api/v1/things', payload: {}, headers: { 'x-test-user': 'nobody' } })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
