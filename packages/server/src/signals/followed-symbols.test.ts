import { expect, it } from 'vitest';
import { AlertRepository } from '../storage/repositories/alert-repository.js';
import { UserRepository } from '../storage/repositories/user-repository.js';
import { WatchlistRepository } from '../storage/repositories/watchlist-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { followedSymbols } from './followed-symbols.js';

describeStorage('followedSymbols', (context) => {
  it("follows the default watchlist, traders' watchlists and the symbols price and indicator rules watch, once each", async () => {
    const users = new UserRepository(context.database.db);
    const trader = await users.create({ email: 'trader@example.com', passwordHash: 'h', role: 'trader' });
    await new WatchlistRepository(context.database.db).create(trader.id, { name: 'Tech', symbols: ['AAPL', 'MSFT'] });
    const alerts = new AlertRepository(context.database.db);
    const followed = followedSymbols(context.database, ['SPY', 'AAPL']);
    expect(await followed()).toEqual(['SPY', 'AAPL', 'MSFT']);

    // A price rule on a symbol no list holds: it needs quotes to fire, so the server follows it from the next call.
    await alerts.create({ userId: trader.id, symbol: 'NVDA', kind: 'price_above', params: { price: 200 } });
    await alerts.create({ userId: trader.id, symbol: 'TSLA', kind: 'indicator_below', params: { indicator: 'rsi', value: 30 } });
    await alerts.create({ userId: trader.id, symbol: 'AMD', kind: 'signal' });
    expect(await followed()).toEqual(['SPY', 'AAPL', 'MSFT', 'NVDA', 'TSLA']);
  });
});
