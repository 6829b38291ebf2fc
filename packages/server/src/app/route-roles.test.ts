import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import '../auth/route-role.js';
import { routeRoles, watchRouteRoles } from './route-roles.js';

describe('routeRoles', () => {
  it('lists the /api/v1 operations with their declared roles, by url then method, without HEAD twins', async () => {
    const app = Fastify();
    watchRouteRoles(app);
    const handler = async (): Promise<object> => ({});
    app.get('/health', { config: { role: 'public' } }, handler);
    await app.register(
      async (api) => {
        api.post('/things', { config: { role: 'trader' } }, handler);
        api.get('/things', { config: { role: 'viewer' } }, handler);
        api.route({ method: ['PATCH', 'DELETE'], url: '/things/:id/parts/:partId', config: { role: 'admin' }, handler });
        api.get('/open', handler);
      },
      { prefix: '/api/v1' },
    );
    await app.ready();
    expect(routeRoles(app)).toEqual([
      { method: 'GET', url: '/api/v1/open', role: null },
      { method: 'GET', url: '/api/v1/things', role: 'viewer' },
      { method: 'POST', url: '/api/v1/things', role: 'trader' },
      { method: 'DELETE', url: '/api/v1/things/{id}/parts/{partId}', role: 'admin' },
      { method: 'PATCH', url: '/api/v1/things/{id}/parts/{partId}', role: 'admin' },
    ]);
    await app.close();
  });
});
