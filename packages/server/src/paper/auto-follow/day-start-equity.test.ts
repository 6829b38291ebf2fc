import { describe, expect, it } from 'vitest';
import { AutoFollowRepository, DEFAULT_AUTO_FOLLOW_SETTINGS } from '../../storage/repositories/auto-follow-repository.js';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import { positions } from '../../storage/schema/positions.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { Decimal } from '../decimal.js';
import { FixedMarket } from '../fixed-market.test-support.js';
import { DayStartEquity, utcDayOf } from './day-start-equity.js';

describe('utcDayOf', () => {
  it('names the UTC day of an instant, whatever the local time zone', () => {
    expect(utcDayOf(Date.UTC(2024, 2, 1, 23, 59, 59, 999))).toBe('2024-03-01');
    expect(utcDayOf(Date.UTC(2024, 2, 2))).toBe('2024-03-02');
  });
});

describeStorage('DayStartEquity', (context) => {
  it('snapshots every enabled portfolio once a day at current prices, retrying one that cannot be valued', async () => {
    const market = new FixedMarket().set('AAPL', 200);
    let now = Date.UTC(2024, 2, 1, 0, 0, 30);
    const snapshots = new DayStartEquity({ database: context.database, quote: market.quote, now: () => now });
    const ledger = new PortfolioRepository(context.database.db);
    const settings = new AutoFollowRepository(context.database.db);
    const valued = await ledger.create({ userId: null, name: 'valued', initialCash: '50000' });
    const unpriced = await ledger.create({ userId: null, name: 'unpriced', initialCash: '1000' });
    const off = await ledger.create({ userId: null, name: 'off', initialCash: '1000' });
    for (const { id } of [valued, unpriced]) await settings.saveSettings(id, { ...DEFAULT_AUTO_FOLLOW_SETTINGS, enabled: true });
    await settings.saveSettings(off.id, DEFAULT_AUTO_FOLLOW_SETTINGS);
    await context.database.db.insert(positions).values([
      { portfolioId: valued.id, symbol: 'AAPL', quantity: '10', averagePrice: '150' },
      { portfolioId: unpriced.id, symbol: 'MSFT', quantity: '1', averagePrice: '400' },
    ]);

    expect(await snapshots.snapshotDue()).toBe(1);
    expect(await snapshots.snapshotDue()).toBe(0);
    // 50,000 cash + 10 AAPL at 200.
    expect((await snapshots.of(valued.id, Decimal.parse('1'))).toString()).toBe('52000');
    expect(await settings.enabledWithoutDayStart('2024-03-01')).toEqual([unpriced.id]);
    market.set('MSFT', 390);
    expect(await snapshots.snapshotDue()).toBe(1);
    expect((await snapshots.of(unpriced.id, Decimal.parse('1'))).toString()).toBe('1390');

    now = Date.UTC(2024, 2, 2, 0, 1);
    market.set('AAPL', 190);
    expect(await snapshots.snapshotDue()).toBe(2);
    expect((await snapshots.of(valued.id, Decimal.parse('1'))).toString()).toBe('51900');
    // A portfolio the sweep has not reached takes the equity of its first decision of the day.
    now = Date.UTC(2024, 2, 3, 9);
    expect((await snapshots.of(valued.id, Decimal.parse('51234.5'))).toString()).toBe('51234.5');
  });
});
