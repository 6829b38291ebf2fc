import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { tradingViewMessageTemplate } from '../../inbound/tradingview-message-template.js';
import { hashToken } from '../../security/credentials/token-hash.js';
import { ExternalVoteRepository } from '../../storage/repositories/external-vote-repository.js';
import { TradingViewHookRepository } from '../../storage/repositories/tradingview-hook-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { callerFromHeader, TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import type { TradingViewHookView } from './tradingview-hook-routes.js';
import { tradingViewRoutes, type TradingViewRoutesOptions } from './tradingview-routes.js';

/** Monday 2024-06-03 18:00:05 UTC. */
const NOW = Date.UTC(2024, 5, 3, 18, 0, 5);
const HOUR = 3_600_000;
const MISSING = '00000000-0000-4000-8000-000000000000';

interface CreatedHook extends TradingViewHookView {
  readonly secret: string;
  readonly url: string;
}

interface ErrorAnswer {
  readonly code: string;
  readonly message: string;
  readonly problems?: readonly { readonly field: string; readonly message: string }[];
}

describeStorage('TradingView routes', (context) => {
  let app: FastifyInstance | undefined;
  let now = NOW;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    now = NOW;
  });

  async function start(options: Partial<TradingViewRoutesOptions> = {}, logLines?: string[]): Promise<FastifyInstance> {
    app = await createBaseApp(logLines === undefined ? {} : { logger: { level: 'info', stream: { write: (line: string) => logLines.push(line) } } });
    callerFromHeader(app, 'trader');
    await app.register(tradingViewRoutes, { prefix: '/api/v1', database: context.database, now: () => now, ...options });
    return app;
  }

  async function createHook(api: FastifyInstance, name = 'Golden cross', headers: Record<string, string> = {}): Promise<CreatedHook> {
    const response = await api.inject({ method: 'POST', url: '/api/v1/tradingview/hooks', headers, payload: { name } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<CreatedHook>();
  }

  const alert = { ticker: 'NASDAQ:AAPL', action: 'buy', price: 187.2, interval: '60', time: '2024-06-03T18:00:00Z' };

  it('creates a hook whose secret is shown once and stored hashed, lists hooks without secrets and deletes them', async () => {
    const api = await start({ publicUrl: 'https://signals.example.com/' });
    const hook = await createHook(api);
    expect(hook.secret).toMatch(/^gstv_[A-Za-z0-9_-]{43}$/);
    expect(hook.url).toBe(`https://signals.example.com/api/v1/inbound/tradingview/${hook.secret}`);
    expect(hook).toMatchObject({ name: 'Golden cross', lastReceivedAt: null, messageTemplate: tradingViewMessageTemplate('Golden cross') });
    expect(hook.messageTemplate).toBe(
      '{"ticker": "{{ticker}}", "action": "{{strategy.order.action}}", "price": {{close}}, "interval": "{{interval}}", "time": "{{timenow}}", "strategy": "Golden cross"}',
    );
    const [stored] = await new TradingViewHookRepository(context.database.db).listForUser(null);
    expect(stored.secretHash).toBe(hashToken(hook.secret));

    const listed = await api.inject({ url: '/api/v1/tradingview/hooks' });
    const { secret: _secret, url: _url, ...view } = hook;
    expect(listed.json()).toEqual({ items: [view] });
    expect(listed.body).not.toContain(hook.secret);

    const blank = await api.inject({ method: 'POST', url: '/api/v1/tradingview/hooks', payload: { name: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<ErrorAnswer>().message).toMatch(/^body\.name/);

    expect((await api.inject({ method: 'DELETE', url: `/api/v1/tradingview/hooks/${hook.id}` })).statusCode).toBe(204);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/tradingview/hooks/${hook.id}` })).statusCode).toBe(404);
    expect((await api.inject({ url: '/api/v1/tradingview/hooks' })).json()).toEqual({ items: [] });
  });

  it("builds the URL from the origin the request came to without a public URL, and keeps users' hooks apart", async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const asAda = { [TEST_USER_HEADER]: ada.id };
    const adas = await createHook(api, 'Ada', asAda);
    expect(adas.url).toBe(`http://localhost:80/api/v1/inbound/tradingview/${adas.secret}`);
    expect((await api.inject({ url: '/api/v1/tradingview/hooks' })).json()).toEqual({ items: [] });
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/tradingview/hooks/${adas.id}` })).statusCode).toBe(404);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/tradingview/hooks/${MISSING}`, headers: asAda })).statusCode).toBe(404);
    expect((await api.inject({ url: '/api/v1/tradingview/hooks', headers: asAda })).json<{ items: TradingViewHookView[] }>().items.map((item) => item.name)).toEqual(['Ada']);
  });

  it('turns a JSON alert into a stored vote that lasts 2 bars of its timeframe, and says so', async () => {
    const api = await start();
    const hook = await createHook(api);
    const response = await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, payload: alert });
    expect(response.statusCode, response.body).toBe(202);
    const answer = response.json<{ voteId: string }>();
    expect(answer).toEqual({ accepted: true, voteId: answer.voteId, symbol: 'AAPL', timeframe: '1h', action: 'BUY', confidence: 0.6, expiresAt: new Date(NOW + 2 * HOUR).toISOString() });

    const [vote] = await new ExternalVoteRepository(context.database.db).forSeries('AAPL', '1h', NOW, NOW);
    expect(vote).toMatchObject({
      id: answer.voteId,
      userId: null,
      hookId: hook.id,
      action: 'BUY',
      confidence: 0.6,
      price: 187.2,
      strategy: 'Golden cross',
      comment: null,
      barTime: new Date(Date.UTC(2024, 5, 3, 18)),
      receivedAt: new Date(NOW),
      expiresAt: new Date(NOW + 2 * HOUR),
    });
    expect((await api.inject({ url: '/api/v1/tradingview/hooks' })).json<{ items: TradingViewHookView[] }>().items[0].lastReceivedAt).toBe(new Date(NOW).toISOString());
  });

  it('reads alerts TradingView sends as text/plain, and answers a message that is not JSON with 400 showing the template', async () => {
    const api = await start();
    const hook = await createHook(api);
    const url = `/api/v1/inbound/tradingview/${hook.secret}`;
    const asText = await api.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: JSON.stringify({ ...alert, action: 'SHORT', interval: 'D' }) });
    expect(asText.statusCode, asText.body).toBe(202);
    expect(asText.json()).toMatchObject({ action: 'SELL', timeframe: '1d', expiresAt: new Date(NOW + 48 * HOUR).toISOString() });

    const prose = await api.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain' }, payload: 'AAPL crossing 187.20' });
    expect(prose.statusCode).toBe(400);
    expect(prose.json<ErrorAnswer>()).toMatchObject({
      code: 'GS_ERR_VALIDATION',
      message: `body must be JSON (the alert message): paste this into the TradingView alert's Message box: ${tradingViewMessageTemplate()}`,
      problems: [{ field: 'body' }],
    });
    const list = await api.inject({ method: 'POST', url, payload: [alert] });
    expect(list.statusCode).toBe(400);
    const deep = await api.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain' }, payload: `${'['.repeat(5000)}${']'.repeat(5000)}` });
    expect([deep.statusCode, deep.json<ErrorAnswer>().message]).toEqual([400, 'body nests deeper than 32 levels']);
    expect(await new ExternalVoteRepository(context.database.db).countForHookSince(hook.id, new Date(0))).toBe(1);
  });

  it('takes the secret from the JSON on the URL without one, and refuses one that disagrees with the URL', async () => {
    const api = await start();
    const hook = await createHook(api);
    const inBody = await api.inject({ method: 'POST', url: '/api/v1/inbound/tradingview', payload: { ...alert, secret: hook.secret, symbol: 'aapl' } });
    expect(inBody.statusCode, inBody.body).toBe(202);
    const other = await createHook(api, 'Other');
    const mixed = await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, payload: { ...alert, secret: other.secret } });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json<ErrorAnswer>().message).toBe('body.secret disagrees with the secret in the URL');
  });

  it('answers 400 naming every bad field, and stores nothing', async () => {
    const api = await start();
    const hook = await createHook(api);
    const url = `/api/v1/inbound/tradingview/${hook.secret}`;
    const bad = await api.inject({ method: 'POST', url, payload: { ticker: 'AAPL', action: 'moon', interval: '3', confidence: 2 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorAnswer>().problems?.map((problem) => problem.field)).toEqual(['body.interval', 'body.action', 'body.confidence']);
    const unknownField = await api.inject({ method: 'POST', url, payload: { ...alert, exchange: 'NASDAQ' } });
    expect([unknownField.statusCode, unknownField.json<ErrorAnswer>().message]).toEqual([400, 'body.exchange is not a known field']);
    const tooLong = await api.inject({ method: 'POST', url, payload: { ...alert, strategy: 'x'.repeat(101) } });
    expect([tooLong.statusCode, tooLong.json<ErrorAnswer>().problems?.[0].field]).toEqual([400, 'body.strategy']);
    expect(await new ExternalVoteRepository(context.database.db).countForHookSince(hook.id, new Date(0))).toBe(0);
  });

  it('answers 401 to an unknown or missing secret before looking at the body, and 429 to an address that keeps guessing', async () => {
    const api = await start({ failedSecrets: { maxFailures: 3, windowMs: 60_000 } });
    const hook = await createHook(api);
    const guesser = '203.0.113.7';
    const unknown = await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/gstv_${'A'.repeat(43)}`, remoteAddress: guesser, payload: { nonsense: true } });
    expect([unknown.statusCode, unknown.json<ErrorAnswer>().code]).toEqual([401, 'GS_ERR_UNAUTHORIZED']);
    const missing = await api.inject({ method: 'POST', url: '/api/v1/inbound/tradingview', remoteAddress: guesser, payload: alert });
    expect([missing.statusCode, missing.json<ErrorAnswer>().message]).toEqual([401, 'no webhook secret: post to the hook\'s URL (/api/v1/inbound/tradingview/<secret>) or send "secret" in the JSON']);
    const malformed = await api.inject({ method: 'POST', url: '/api/v1/inbound/tradingview/not-a-secret', remoteAddress: guesser, payload: alert });
    expect(malformed.statusCode).toBe(401);

    const refused = await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, remoteAddress: guesser, payload: alert });
    expect([refused.statusCode, refused.headers['retry-after'], refused.json<ErrorAnswer>().code]).toEqual([429, '60', 'GS_ERR_RATE_LIMITED']);
    const elsewhere = await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, remoteAddress: '198.51.100.4', payload: alert });
    expect(elsewhere.statusCode).toBe(202);
    now += 60_000;
    const later = await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, remoteAddress: guesser, payload: alert });
    expect(later.statusCode).toBe(202);
  });

  it('limits each hook to its alerts per minute with a 429, another hook and the next minute unaffected', async () => {
    const api = await start({ perHookPerMinute: 3 });
    const busy = await createHook(api, 'Busy');
    const calm = await createHook(api, 'Calm');
    const post = (secret: string) => api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${secret}`, payload: alert });
    for (let i = 0; i < 3; i++) {
      expect((await post(busy.secret)).statusCode).toBe(202);
      now += 1000;
    }
    const limited = await post(busy.secret);
    expect([limited.statusCode, limited.headers['retry-after'], limited.json<ErrorAnswer>().message]).toEqual([
      429,
      '60',
      'too many alerts: 3 per minute allowed for TradingView hook "Busy"; retry in 60 s',
    ]);
    expect((await post(calm.secret)).statusCode).toBe(202);
    now += 58_000;
    expect((await post(busy.secret)).statusCode).toBe(202);
  });

  it('keeps the secret in the URL out of the request log, which logs the other routes', async () => {
    const lines: string[] = [];
    const api = await start({}, lines);
    const hook = await createHook(api);
    expect(lines.some((line) => line.includes('/api/v1/tradingview/hooks'))).toBe(true);
    expect((await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, payload: alert })).statusCode).toBe(202);
    expect((await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, payload: { ...alert, action: 'moon' } })).statusCode).toBe(400);
    expect(lines.filter((line) => line.includes(hook.secret))).toEqual([]);
  });

  it("stops a deleted hook's secret and deletes the votes it brought", async () => {
    const api = await start();
    const hook = await createHook(api);
    expect((await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, payload: alert })).statusCode).toBe(202);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/tradingview/hooks/${hook.id}` })).statusCode).toBe(204);
    expect(await new ExternalVoteRepository(context.database.db).forSeries('AAPL', '1h', 0, NOW)).toEqual([]);
    expect((await api.inject({ method: 'POST', url: `/api/v1/inbound/tradingview/${hook.secret}`, payload: alert })).statusCode).toBe(401);
  });
});
