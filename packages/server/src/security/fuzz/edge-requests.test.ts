import { describe, expect, it } from 'vitest';
import { edgeRequests } from './edge-requests.js';
import type { RouteOperation } from './route-catalog.js';

const OPERATION: RouteOperation = {
  method: 'POST',
  pathTemplate: '/api/v1/portfolios/{id}/orders',
  parameterNames: ['id'],
  pathParameters: { id: { type: 'string', format: 'uuid' } },
  querySchema: { type: 'object', properties: { limit: { type: 'integer' }, status: { type: 'string' } } },
  bodySchema: { type: 'object' },
  bodyRequired: true,
};

describe('edgeRequests', () => {
  const requests = edgeRequests(OPERATION, { knownValues: { id: ['p-1'] }, headers: { authorization: 'Bearer t' } });

  it('sends each hostile path value in the parameter, with the caller headers', () => {
    const paths = requests.slice(0, 5).map((request) => request.url);
    expect(paths[0]).toBe(`/api/v1/portfolios/${'A'.repeat(100_000)}/orders`);
    expect(paths.slice(1)).toEqual(["/api/v1/portfolios/%27%20OR%201%3D1%20--/orders", '/api/v1/portfolios/%EF%BF%BD/orders', '/api/v1/portfolios/..%2F..%2Fetc%2Fpasswd/orders', '/api/v1/portfolios/%2500/orders']);
    expect(requests.every((request) => request.headers.authorization === 'Bearer t')).toBe(true);
  });

  it('sets every query parameter at once to each hostile value, then repeats them', () => {
    const queries = requests.filter((request) => request.url.includes('?')).map((request) => request.url.split('?')[1]);
    expect(queries).toContain('limit=1e309&status=1e309');
    expect(queries).toContain('limit=1&limit=2&status=1&status=2');
    expect(requests.filter((request) => request.url.includes('?')).every((request) => request.url.startsWith('/api/v1/portfolios/p-1/orders?'))).toBe(true);
  });

  it('sends broken, empty, deep and mistyped bodies to the known path', () => {
    const bodies = requests.filter((request) => request.payload !== undefined);
    expect(bodies.map((request) => [request.headers['content-type'], typeof request.payload === 'string' ? request.payload.slice(0, 5) : 'bytes'])).toEqual([
      ['application/json', '{'],
      ['application/json', ''],
      ['application/json', '[[[[['],
      ['text/plain', '{}'],
      [undefined, '{}'],
      ['application/json', 'bytes'],
    ]);
    expect(bodies.every((request) => request.url === '/api/v1/portfolios/p-1/orders')).toBe(true);
  });

  it('sends no body to a GET', () => {
    expect(edgeRequests({ ...OPERATION, method: 'GET' }).every((request) => request.payload === undefined)).toBe(true);
  });
});
