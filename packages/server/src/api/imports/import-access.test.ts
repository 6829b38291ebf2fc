import { afterEach, expect, it } from 'vitest';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { securedApp, type SecuredApp } from '../tradingview/secured-app.test-support.js';

describeStorage('CSV imports behind the access control', (context) => {
  let secured: SecuredApp | undefined;
  afterEach(async () => {
    await secured?.close();
    secured = undefined;
  });

  it('lets traders import bars and refuses viewers (403); lets every account import its own watchlists', async () => {
    secured = await securedApp(context.database);
    const { app, trader, viewer } = secured;
    const bars = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/market-data/bars/import?symbol=AAPL&timeframe=1d', headers: { ...headers, 'content-type': 'text/csv' }, payload: 'date,open,high,low,close,volume\n2024-01-02,1,2,1,2,3\n' });
    expect((await bars(trader)).statusCode).toBe(200);
    const refused = await bars(viewer);
    expect([refused.statusCode, refused.json<{ code: string }>().code]).toEqual([403, 'GS_ERR_FORBIDDEN']);
    expect((await bars({})).statusCode).toBe(401);

    const lists = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/v1/watchlists/import', headers: { ...headers, 'content-type': 'text/csv' }, payload: 'symbol\nAAPL\n' });
    for (const headers of [viewer, trader]) expect((await lists(headers)).json()).toMatchObject({ watchlists: [{ name: 'Imported', symbols: ['AAPL'], created: true }] });
    const mine = await app.inject({ url: '/api/v1/watchlists', headers: viewer });
    expect(mine.json<{ items: { name: string }[] }>().items.map((item) => item.name)).toEqual(['Imported']);
  });
});
