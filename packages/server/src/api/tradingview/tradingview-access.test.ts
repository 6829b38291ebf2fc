import { afterEach, expect, it } from 'vitest';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { securedApp, type SecuredApp } from './secured-app.test-support.js';

describeStorage('TradingView routes behind the access control', (context) => {
  let secured: SecuredApp | undefined;
  afterEach(async () => {
    await secured?.close();
    secured = undefined;
  });

  it('lets traders and admins manage hooks, refuses viewers (403) and anonymous callers (401)', async () => {
    secured = await securedApp(context.database);
    const { app, admin, trader, viewer } = secured;
    for (const headers of [trader, admin]) {
      expect((await app.inject({ method: 'POST', url: '/api/v1/tradingview/hooks', headers, payload: { name: 'mine' } })).statusCode).toBe(201);
      expect((await app.inject({ url: '/api/v1/tradingview/hooks', headers })).json<{ items: unknown[] }>().items).toHaveLength(1);
    }
    const refused = await app.inject({ method: 'POST', url: '/api/v1/tradingview/hooks', headers: viewer, payload: { name: 'mine' } });
    expect([refused.statusCode, refused.json<{ code: string }>().code]).toEqual([403, 'GS_ERR_FORBIDDEN']);
    expect((await app.inject({ url: '/api/v1/tradingview/hooks', headers: viewer })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/tradingview/hooks' })).statusCode).toBe(401);
  });

  it("takes alerts without credentials, counted per hook and not against the sending address's anonymous limit", async () => {
    // TradingView posts every user's alerts from a handful of addresses: 2 anonymous requests a minute must not stop them.
    secured = await securedApp(context.database, 2);
    const { app, trader } = secured;
    const hook = (await app.inject({ method: 'POST', url: '/api/v1/tradingview/hooks', headers: trader, payload: { name: 'Breakout' } })).json<{ id: string; url: string }>();
    const path = new URL(hook.url).pathname;
    for (let i = 0; i < 4; i++) {
      const response = await app.inject({ method: 'POST', url: path, remoteAddress: '52.89.214.238', payload: { ticker: 'MSFT', action: 'long', interval: '1D' } });
      expect(response.statusCode, response.body).toBe(202);
    }
    // The address's own budget is untouched by the alerts, and is enforced: 2 requests, then 429.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.inject({ url: '/api/v1/auth/status', remoteAddress: '52.89.214.238' })).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await app.inject({ url: '/api/v1/tradingview/hooks', headers: trader })).json<{ items: { lastReceivedAt: string | null }[] }>().items[0].lastReceivedAt).not.toBeNull();
  });
});
