import { expect, it } from 'vitest';
import { positions } from '../schema/positions.js';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { signalFixture } from '../test-support/signal-fixture.test-support.js';
import { AutoFollowRepository, DEFAULT_AUTO_FOLLOW_SETTINGS, type AutoFollowSettingsInput } from './auto-follow-repository.js';
import { PortfolioRepository } from './portfolio-repository.js';
import { SignalRepository } from './signal-repository.js';
import { UserRepository } from './user-repository.js';
import { WatchlistRepository } from './watchlist-repository.js';

const ON: AutoFollowSettingsInput = { ...DEFAULT_AUTO_FOLLOW_SETTINGS, enabled: true };

describeStorage('AutoFollowRepository', (context) => {
  const db = () => context.database.db;
  const portfolio = async (userId: string | null = null) => new PortfolioRepository(db()).create({ userId, name: 'paper', initialCash: '100000' });
  const signal = async (symbol: string, day: number, fields: { stopLoss?: number | null; takeProfit?: number | null } = {}) =>
    new SignalRepository(db()).save(signalFixture({ symbol, action: 'BUY', time: new Date(Date.UTC(2024, 2, day)).toISOString(), ...fields }));
  const hold = async (portfolioId: string, symbol: string, quantity: string) =>
    db().insert(positions).values({ portfolioId, symbol, quantity, averagePrice: '100' }).onConflictDoUpdate({ target: [positions.portfolioId, positions.symbol], set: { quantity } });

  it('answers the defaults for a portfolio that never saved settings, then what was saved, symbols de-duplicated', async () => {
    const repo = new AutoFollowRepository(db());
    const { id } = await portfolio();
    expect(await repo.settings(id)).toEqual({ portfolioId: id, ...DEFAULT_AUTO_FOLLOW_SETTINGS, updatedAt: null });
    expect(await repo.settings('not-a-uuid')).toMatchObject({ enabled: false, updatedAt: null });
    const saved = await repo.saveSettings(id, { ...ON, symbols: ['AAPL', 'MSFT', 'AAPL'], minConfidence: 0.72, riskLevels: ['high'], maxPositionPercent: 2.5, maxOpenPositions: 3, maxDailyLossPercent: 1.5, useStopLoss: false });
    expect(saved).toEqual({
      portfolioId: id,
      enabled: true,
      symbols: ['AAPL', 'MSFT'],
      minConfidence: 0.72,
      riskLevels: ['high'],
      maxPositionPercent: 2.5,
      maxOpenPositions: 3,
      maxDailyLossPercent: 1.5,
      useStopLoss: false,
      updatedAt: expect.any(Date),
    });
    expect(await repo.settings(id)).toEqual(saved);
  });

  it('refuses settings outside the limits the database checks', async () => {
    const repo = new AutoFollowRepository(db());
    const { id } = await portfolio();
    await expect(repo.saveSettings(id, { ...ON, riskLevels: [] })).rejects.toThrow();
    await expect(repo.saveSettings(id, { ...ON, maxOpenPositions: 0 })).rejects.toThrow();
    await expect(repo.saveSettings(id, { ...ON, maxPositionPercent: 0 })).rejects.toThrow();
    expect((await repo.settings(id)).updatedAt).toBeNull();
  });

  it("finds the enabled portfolios a symbol applies to: listed explicitly, or in the owner's watchlists when none are listed", async () => {
    const users = new UserRepository(db());
    await users.create({ email: 'admin@example.com', passwordHash: 'h' });
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h', role: 'trader' });
    const bob = await users.create({ email: 'bob@example.com', passwordHash: 'h', role: 'trader' });
    const watchlists = new WatchlistRepository(db());
    await watchlists.create(ada.id, { name: 'tech', symbols: ['AAPL', 'NVDA'] });
    await watchlists.create(null, { name: 'system', symbols: ['MSFT'] });
    const repo = new AutoFollowRepository(db());
    const explicit = await portfolio(bob.id);
    const adasWatchlists = await portfolio(ada.id);
    const ownersWatchlists = await portfolio(null);
    const off = await portfolio(ada.id);
    await repo.saveSettings(explicit.id, { ...ON, symbols: ['AAPL', 'MSFT'] });
    await repo.saveSettings(adasWatchlists.id, ON);
    await repo.saveSettings(ownersWatchlists.id, ON);
    await repo.saveSettings(off.id, { ...ON, enabled: false, symbols: ['AAPL'] });

    const ids = async (symbol: string) => (await repo.followersOf(symbol)).map((follower) => follower.settings.portfolioId).sort();
    expect(await ids('AAPL')).toEqual([explicit.id, adasWatchlists.id].sort());
    expect(await ids('MSFT')).toEqual([explicit.id, ownersWatchlists.id].sort());
    expect(await ids('NVDA')).toEqual([adasWatchlists.id]);
    expect(await ids('TSLA')).toEqual([]);
    expect((await repo.followersOf('NVDA'))[0]).toMatchObject({ userId: ada.id, settings: { enabled: true, minConfidence: 0.6 } });

    // A viewer (demoted) or a disabled account no longer trades, not even through auto-follow.
    await users.update(bob.id, { role: 'viewer' });
    await users.update(ada.id, { disabled: true });
    expect(await ids('AAPL')).toEqual([]);
  });

  it('records one decision per portfolio, signal and trigger; a second is refused with null', async () => {
    const repo = new AutoFollowRepository(db());
    const { id } = await portfolio();
    const { id: signalId } = await signal('AAPL', 1);
    const decision = { portfolioId: id, signalId, trigger: 'signal', symbol: 'AAPL', action: 'BUY', outcome: 'ordered', reason: 'buying 12 AAPL' } as const;
    const first = await repo.recordDecision(decision);
    expect(first).toMatchObject({ ...decision, orderId: null, createdAt: expect.any(Date) });
    expect(await repo.recordDecision({ ...decision, outcome: 'skipped', reason: 'again' })).toBeNull();
    expect(await repo.recordDecision({ ...decision, trigger: 'stop', action: 'SELL', reason: 'stop-loss 181.20 hit at 180.95' })).toMatchObject({ trigger: 'stop' });
    const order = await new PortfolioRepository(db()).placeOrder({ portfolioId: id, symbol: 'AAPL', side: 'buy', type: 'market', quantity: '12' });
    expect(await repo.finishDecision(first?.id ?? '', { outcome: 'ordered', reason: 'bought 12 AAPL at 187.2', orderId: order.id })).toMatchObject({ orderId: order.id, reason: 'bought 12 AAPL at 187.2' });
    expect(await repo.finishDecision('nope', { outcome: 'failed', reason: 'x', orderId: null })).toBeNull();
  });

  it('lets a failed decision be taken over again, but never one that was placed', async () => {
    const repo = new AutoFollowRepository(db());
    const { id } = await portfolio();
    const { id: signalId } = await signal('AAPL', 1);
    const stop = { portfolioId: id, signalId, trigger: 'stop', symbol: 'AAPL', action: 'SELL', outcome: 'ordered', reason: 'stop-loss 181.20 hit at 180.95' } as const;
    const first = await repo.recordOrRetryDecision(stop);
    expect(first).toMatchObject({ outcome: 'ordered' });
    expect(await repo.recordOrRetryDecision(stop)).toBeNull();
    await repo.finishDecision(first?.id ?? '', { outcome: 'failed', reason: 'the latest AAPL quote is stale', orderId: null });
    const retried = await repo.recordOrRetryDecision({ ...stop, reason: 'stop-loss 181.20 hit at 180.10' });
    expect(retried).toMatchObject({ id: first?.id, outcome: 'ordered', reason: 'stop-loss 181.20 hit at 180.10' });
    expect(await repo.recordOrRetryDecision(stop)).toBeNull();
  });

  it('lists decisions newest first, at most the limit', async () => {
    const repo = new AutoFollowRepository(db());
    const { id } = await portfolio();
    for (const [k, symbol] of ['AAPL', 'MSFT', 'NVDA'].entries()) {
      const { id: signalId } = await signal(symbol, k + 1);
      await repo.recordDecision({ portfolioId: id, signalId, trigger: 'signal', symbol, action: 'HOLD', outcome: 'skipped', reason: 'the signal is HOLD' });
    }
    expect((await repo.decisions(id, 2)).map((decision) => decision.symbol)).toEqual(['NVDA', 'MSFT']);
    expect(await repo.decisions('nope', 5)).toEqual([]);
  });

  it("keeps the first day-start equity taken on a UTC day, replaces it on the next, and survives a settings save", async () => {
    const repo = new AutoFollowRepository(db());
    const { id } = await portfolio();
    expect(await repo.dayStartEquity(id, '2024-03-01', '100000')).toBeNull();
    await repo.saveSettings(id, ON);
    expect(await repo.dayStartEquity(id, '2024-03-01', '100000')).toBe('100000.00000000');
    expect(await repo.dayStartEquity(id, '2024-03-01', '95000.5')).toBe('100000.00000000');
    await repo.saveSettings(id, { ...ON, maxDailyLossPercent: 5 });
    expect(await repo.dayStartEquity(id, '2024-03-01', '1')).toBe('100000.00000000');
    expect(await repo.dayStartEquity(id, '2024-03-02', '95000.5')).toBe('95000.50000000');
  });

  it('lists the enabled portfolios still lacking the snapshot of a day', async () => {
    const repo = new AutoFollowRepository(db());
    const taken = await portfolio();
    const due = await portfolio();
    const never = await portfolio();
    const off = await portfolio();
    for (const { id } of [taken, due, never]) await repo.saveSettings(id, ON);
    await repo.saveSettings(off.id, { ...ON, enabled: false });
    await repo.dayStartEquity(taken.id, '2024-03-02', '100000');
    await repo.dayStartEquity(due.id, '2024-03-01', '100000');
    expect(await repo.enabledWithoutDayStart('2024-03-02')).toEqual([due.id, never.id].sort());
  });

  it('lists the positions auto-follow opened and still guards, with the stops of their opening signal', async () => {
    const repo = new AutoFollowRepository(db());
    const guarded = await portfolio();
    const noStops = await portfolio();
    const sold = await portfolio();
    const flat = await portfolio();
    await repo.saveSettings(guarded.id, ON);
    await repo.saveSettings(noStops.id, { ...ON, useStopLoss: false });
    await repo.saveSettings(sold.id, ON);
    await repo.saveSettings(flat.id, ON);
    const older = await signal('AAPL', 1, { stopLoss: 170, takeProfit: 200 });
    const opening = await signal('AAPL', 2, { stopLoss: 181.2, takeProfit: 195 });
    const exit = await signal('AAPL', 3);
    const buy = (portfolioId: string, signalId: string) => ({ portfolioId, signalId, trigger: 'signal', symbol: 'AAPL', action: 'BUY', outcome: 'ordered', reason: 'bought' }) as const;
    for (const { id } of [guarded, noStops, sold, flat]) {
      await repo.recordDecision(buy(id, older.id));
      await repo.recordDecision(buy(id, opening.id));
      await hold(id, 'AAPL', '12');
    }
    await repo.recordDecision({ ...buy(sold.id, exit.id), action: 'SELL' });
    await hold(flat.id, 'AAPL', '0');
    // A skipped decision after the BUY does not end the guard: only placed orders count.
    await repo.recordDecision({ ...buy(guarded.id, exit.id), action: 'SELL', outcome: 'skipped', reason: 'confidence 0.40 below 0.60' });

    expect(await repo.followedPositions('AAPL')).toEqual([{ portfolioId: guarded.id, signalId: opening.id, quantity: '12.0000000000', stopLoss: 181.2, takeProfit: 195 }]);
    expect(await repo.followedPositions('MSFT')).toEqual([]);
  });
});
