import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRequest, type FuzzRequest } from './fuzz-request.js';
import type { RouteOperation } from './route-catalog.js';

const PATCH_WATCHLIST: RouteOperation = {
  method: 'PATCH',
  pathTemplate: '/api/v1/watchlists/{id}',
  parameterNames: ['id'],
  pathParameters: { id: { type: 'string', format: 'uuid' } },
  querySchema: { type: 'object', properties: { dryRun: { type: 'boolean' } } },
  bodySchema: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 100 } } },
  bodyRequired: true,
};
const GET_SIGNALS: RouteOperation = { method: 'GET', pathTemplate: '/api/v1/signals', parameterNames: [], pathParameters: {}, querySchema: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 500 } } }, bodySchema: null, bodyRequired: false };

const KNOWN_ID = '6f1c2a9e-3c1b-4f0e-9a57-2d5a4c1e8b10';
const AUTH = { authorization: 'Bearer admin-token' };

function sample(operation: RouteOperation, runs = 400): FuzzRequest[] {
  return fc.sample(fuzzRequest(operation, { knownValues: { id: [KNOWN_ID] }, headers: AUTH }), { numRuns: runs, seed: 21 });
}

function jsonBodyOf(request: FuzzRequest): unknown {
  if (typeof request.payload !== 'string' || request.headers['content-type'] !== 'application/json') return undefined;
  try {
    return JSON.parse(request.payload);
  } catch {
    return undefined;
  }
}

describe('fuzzRequest', () => {
  const requests = sample(PATCH_WATCHLIST);

  it('keeps the method, the static path and the caller headers on every request', () => {
    for (const request of requests) {
      expect(request.method).toBe('PATCH');
      expect(request.url.startsWith('/api/v1/watchlists/')).toBe(true);
      expect(request.headers.authorization).toBe('Bearer admin-token');
    }
  });

  it('sends plausible requests: a known id and a body that fits', () => {
    const plausible = requests.filter((request) => {
      const body = jsonBodyOf(request) as { name?: unknown } | undefined;
      return request.url.split('?')[0] === `/api/v1/watchlists/${KNOWN_ID}` && typeof body?.name === 'string' && body.name.length >= 1 && body.name.length <= 100 && Object.keys(body).length === 1;
    });
    expect(plausible.length).toBeGreaterThan(requests.length / 5);
  });

  it('attacks the path, the query and the body, one at a time', () => {
    const hostilePath = requests.filter((request) => !request.url.startsWith(`/api/v1/watchlists/${KNOWN_ID}`) && !/^\/api\/v1\/watchlists\/[0-9a-f-]{36}(\?|$)/.test(request.url));
    const hostileQuery = requests.filter((request) => request.url.includes('?') && !/\?(dryRun=(true|false))?$/.test(request.url));
    const notJson = requests.filter((request) => request.headers['content-type'] === 'application/json' && request.payload !== undefined && jsonBodyOf(request) === undefined);
    const wrongType = requests.filter((request) => request.payload !== undefined && request.headers['content-type'] !== 'application/json');
    const notUtf8 = requests.filter((request) => Buffer.isBuffer(request.payload));
    for (const group of [hostilePath, hostileQuery, notJson, wrongType, notUtf8]) expect(group.length).toBeGreaterThan(0);
  });

  it('sends no body with a GET', () => {
    for (const request of sample(GET_SIGNALS, 200)) expect(request.payload).toBeUndefined();
  });

  it('sends the same requests for the same seed', () => {
    expect(sample(PATCH_WATCHLIST, 50)).toEqual(requests.slice(0, 50));
  });
});
