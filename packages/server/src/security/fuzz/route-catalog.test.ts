import { describe, expect, it } from 'vitest';
import { routeCatalog } from './route-catalog.js';

const DOCUMENT = {
  openapi: '3.0.3',
  components: { schemas: { 'def-0': { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 10 } } } } },
  paths: {
    '/health': { get: { responses: {} } },
    '/ws': { get: { responses: {} } },
    '/api/v1/watchlists': {
      get: { parameters: [{ in: 'query', name: 'limit', required: false, schema: { type: 'integer', maximum: 5 } }, { in: 'query', name: 'q', required: true, schema: { type: 'string' } }] },
      post: { requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/def-0' } } } } },
    },
    '/api/v1/portfolios/{id}/orders/{orderId}': {
      parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string', format: 'uuid' } }],
      delete: { parameters: [{ in: 'path', name: 'orderId', required: true, schema: { type: 'string' } }, { in: 'header', name: 'x-trace', schema: { type: 'string' } }] },
    },
  },
};

describe('routeCatalog', () => {
  it('lists every operation under /api/v1 with its parameters, query and body schemas, leaving out other paths and /ws', () => {
    expect(routeCatalog(DOCUMENT)).toEqual([
      {
        method: 'GET',
        pathTemplate: '/api/v1/watchlists',
        parameterNames: [],
        pathParameters: {},
        querySchema: { type: 'object', properties: { limit: { type: 'integer', maximum: 5 }, q: { type: 'string' } }, required: ['q'] },
        bodySchema: null,
        bodyRequired: false,
      },
      {
        method: 'POST',
        pathTemplate: '/api/v1/watchlists',
        parameterNames: [],
        pathParameters: {},
        querySchema: null,
        bodySchema: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 10 } } },
        bodyRequired: true,
      },
      {
        method: 'DELETE',
        pathTemplate: '/api/v1/portfolios/{id}/orders/{orderId}',
        parameterNames: ['id', 'orderId'],
        pathParameters: { id: { type: 'string', format: 'uuid' }, orderId: { type: 'string' } },
        querySchema: null,
        bodySchema: null,
        bodyRequired: false,
      },
    ]);
  });

  it('takes another prefix, and ends a reference cycle in an empty schema', () => {
    const cyclic = { paths: { '/v2/x': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/a' } } } } } } }, components: { schemas: { a: { $ref: '#/components/schemas/a' } } } };
    expect(routeCatalog(cyclic, '/v2').map((operation) => [operation.method, operation.bodySchema])).toEqual([['POST', {}]]);
  });

  it('refuses something that is not an OpenAPI document', () => {
    expect(() => routeCatalog({ swagger: '2.0' })).toThrow('routeCatalog needs an OpenAPI document with "paths"');
  });
});
