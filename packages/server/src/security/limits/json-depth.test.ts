import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { installJsonBodyParser, jsonNestingDepth } from './json-depth.js';

describe('jsonNestingDepth', () => {
  it('counts nested objects and arrays', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('"text"')).toBe(0);
    expect(jsonNestingDepth('{}')).toBe(1);
    expect(jsonNestingDepth('[1, [2, [3]], {"a": {"b": []}}]')).toBe(4);
    expect(jsonNestingDepth('[[]] [[[]]]')).toBe(3);
  });

  it('ignores brackets inside strings', () => {
    expect(jsonNestingDepth('{"a": "[[[{{{"}')).toBe(1);
    expect(jsonNestingDepth('["]]]]", ["x"]]')).toBe(2);
  });

  it('keeps escaped quotes inside their string, and ends the string after an escaped backslash', () => {
    expect(jsonNestingDepth('["a\\"[[[", 1]')).toBe(1);
    expect(jsonNestingDepth('["a\\\\", [[1]]]')).toBe(3);
    expect(jsonNestingDepth('["\\\\\\"[[", []]')).toBe(2);
  });

  it('never goes below zero on stray closing brackets', () => {
    expect(jsonNestingDepth(']]]] [[1]]')).toBe(2);
  });

  it('measures 1,000,000 levels without recursion', () => {
    expect(jsonNestingDepth('['.repeat(1_000_000) + ']'.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('installJsonBodyParser', () => {
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  async function echoApp(): Promise<FastifyInstance> {
    const app = await createBaseApp({ bodyLimit: 4 * 1024 * 1024 });
    apps.push(app);
    installJsonBodyParser(app, { maxDepth: 32 });
    await app.register(async (routes) => {
      routes.post('/echo', async (request) => ({ body: request.body ?? 'none' }));
    });
    return app;
  }

  function post(app: FastifyInstance, payload: string, contentType = 'application/json'): Promise<LightMyRequestResponse> {
    return app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': contentType }, payload });
  }

  it('parses bodies up to the limit as before', async () => {
    const app = await echoApp();
    const deepest = '['.repeat(32) + ']'.repeat(32);
    const response = await post(app, deepest);
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.json().body)).toBe(deepest);
    expect((await post(app, '{"symbol":"AAPL","note":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', 'application/json; charset=utf-8')).json()).toEqual({
      body: { symbol: 'AAPL', note: '['.repeat(36) },
    });
  });

  it('answers 400 on field body for a body one level too deep', async () => {
    const app = await echoApp();
    const response = await post(app, '['.repeat(33) + ']'.repeat(33));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'GS_ERR_VALIDATION',
      message: 'body nests deeper than 32 levels',
      problems: [{ field: 'body', message: 'nests deeper than 32 levels' }],
    });
  });

  it('refuses a 10,000-deep body quickly and without overflowing the stack', async () => {
    const app = await echoApp();
    const started = performance.now();
    const response = await post(app, '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: [{ field: 'body' }] });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses __proto__ and constructor.prototype keys with a 400', async () => {
    const app = await echoApp();
    const proto = await post(app, '{"__proto__":{}}');
    expect(proto.statusCode).toBe(400);
    expect(proto.json()).toMatchObject({ code: 'GS_ERR_VALIDATION' });
    expect((await post(app, '{"constructor":{"prototype":{"admin":true}}}')).statusCode).toBe(400);
  });

  it('answers malformed and empty JSON bodies as Fastify does', async () => {
    const app = await echoApp();
    const malformed = await post(app, '{"a":');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'GS_ERR_VALIDATION', message: 'Body is not valid JSON but content-type is set to \'application/json\'' });

    const empty = await post(app, '');
    const plain = await createBaseApp();
    apps.push(plain);
    await plain.register(async (routes) => {
      routes.post('/echo', async (request) => ({ body: request.body ?? 'none' }));
    });
    const emptyByDefault = await plain.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(empty.statusCode).toBe(emptyByDefault.statusCode);
    expect({ ...empty.json(), requestId: undefined }).toEqual({ ...emptyByDefault.json(), requestId: undefined });
    expect(empty.statusCode).toBe(400);
  });
});
