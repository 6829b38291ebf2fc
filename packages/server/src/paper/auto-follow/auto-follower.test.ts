import type { Signal } from '@goldensignals/engine';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { quoteEvent, signalEvent } from '../../bus/bus-events.js';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import { AutoFollowRepository, DEFAULT_AUTO_FOLLOW_SETTINGS, type AutoFollowSettingsInput } from '../../storage/repositories/auto-follow-repository.js';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import type { StoredSignal } from '../../storage/repositories/stored-signal.js';
import { WatchlistRepository } from '../../storage/repositories/watchlist-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';
import { FixedMarket } from '../fixed-market.test-support.js';
import { PaperBroker } from '../paper-broker.js';
import { AutoFollower, type AutoFollowErrorContext } from './auto-follower.js';

const NOW = Date.UTC(2024, 2, 1, 15, 0, 5);

describeStorage('AutoFollower', (context) => {
  const market = new FixedMarket();
  let bus: InProcessMessageBus;
  let followers: AutoFollower[];
  let errors: { error: unknown; context: AutoFollowErrorContext }[];
  let portfolioId: string;
  let day = 0;

  const repository = () => new AutoFollowRepository(context.database.db);
  const ledger = () => new PortfolioRepository(context.database.db);
  const follower = (): AutoFollower => {
    const broker = new PaperBroker({ database: context.database, quote: market.quote, now: () => NOW });
    const created = new AutoFollower({ database: context.database, broker, quote: market.quote, bus, now: () => NOW, onError: (error, where) => errors.push({ error, context: where }) });
    created.start();
    followers.push(created);
    return created;
  };
  const idle = async () => {
    for (const each of followers) await each.idle();
  };
  const configure = (settings: Partial<AutoFollowSettingsInput> = {}) => repository().saveSettings(portfolioId, { ...DEFAULT_AUTO_FOLLOW_SETTINGS, enabled: true, ...settings });
  /** Stores a signal (each on a bar of its own) and publishes it as the signal service does. */
  const publish = async (fields: Partial<Signal> = {}): Promise<StoredSignal> => {
    day++;
    const { votes: _votes, ...stored } = await new SignalRepository(context.database.db).save(
      signalFixture({ symbol: 'AAPL', action: 'BUY', confidence: 0.8, riskLevel: 'low', positionSize: 0.05, stopLoss: 181.2, takeProfit: 195, time: new Date(Date.UTC(2024, 0, day)).toISOString(), ...fields }),
    );
    await bus.publish(signalEvent(stored));
    await idle();
    return stored;
  };
  const publishQuote = async (symbol: string, price: number) => {
    market.set(symbol, price);
    const body = { symbol, price, time: new Date(NOW).toISOString(), source: 'fixed', simulated: false, stale: false };
    await bus.publish(quoteEvent(body));
    await idle();
  };
  const decisions = async () => (await repository().decisions(portfolioId, 50)).map(({ trigger, action, outcome, reason, orderId }) => ({ trigger, action, outcome, reason, ordered: orderId !== null }));
  const holding = async (symbol: string) => (await ledger().positions(portfolioId)).find((position) => position.symbol === symbol)?.quantity ?? null;

  beforeEach(async () => {
    market.reset();
    market.set('AAPL', 187.2).set('MSFT', 400);
    bus = new InProcessMessageBus();
    followers = [];
    errors = [];
    await new WatchlistRepository(context.database.db).create(null, { name: 'core', symbols: ['AAPL', 'MSFT'] });
    portfolioId = (await ledger().create({ userId: null, name: 'auto', initialCash: '100000' })).id;
  });
  afterEach(async () => {
    for (const each of followers) await each.stop();
    await bus.close();
    expect(errors).toEqual([]);
  });

  it('buys on a BUY signal through the paper broker and records the order with its reason', async () => {
    await configure();
    follower();
    const signal = await publish();
    const [decision] = await repository().decisions(portfolioId, 5);
    expect(decision).toMatchObject({ signalId: signal.id, symbol: 'AAPL', action: 'BUY', outcome: 'ordered', reason: 'bought 26 AAPL at 187.20 for 5% of equity 100,000.00, as the signal suggests' });
    const [order] = await ledger().orders(portfolioId);
    expect(order).toMatchObject({ id: decision.orderId, symbol: 'AAPL', side: 'buy', type: 'market', status: 'filled', quantity: '26.0000000000' });
    expect(await holding('AAPL')).toBe('26.0000000000');
    expect((await ledger().byId(portfolioId))?.cash).toBe('95132.80000000');
  });

  it('places one order when two processes receive the same signal twice', async () => {
    await configure();
    follower();
    follower();
    const signal = await publish();
    await bus.publish(signalEvent(signal));
    await idle();
    expect(await ledger().orders(portfolioId)).toHaveLength(1);
    expect(await decisions()).toEqual([{ trigger: 'signal', action: 'BUY', outcome: 'ordered', reason: 'bought 26 AAPL at 187.20 for 5% of equity 100,000.00, as the signal suggests', ordered: true }]);
  });

  it('records a skip with its reason for each limit, places no order, and records nothing for a HOLD or an unfollowed symbol', async () => {
    await configure({ maxOpenPositions: 1, riskLevels: ['low'] });
    follower();
    await publish({ action: 'HOLD' });
    await publish({ confidence: 0.52 });
    await publish({ riskLevel: 'high' });
    await publish({ symbol: 'TSLA' });
    await publish({ symbol: 'MSFT' });
    await publish({ symbol: 'AAPL' });
    await publish({ symbol: 'MSFT' });
    await publish({ symbol: 'AAPL', action: 'SELL', confidence: 0.9 });
    await publish({ symbol: 'AAPL', action: 'SELL', confidence: 0.9 });
    expect((await decisions()).reverse()).toEqual([
      { trigger: 'signal', action: 'BUY', outcome: 'skipped', reason: 'confidence 0.52 below 0.60', ordered: false },
      { trigger: 'signal', action: 'BUY', outcome: 'skipped', reason: 'risk level high not accepted (accepted: low)', ordered: false },
      { trigger: 'signal', action: 'BUY', outcome: 'ordered', reason: 'bought 12 MSFT at 400.00 for 5% of equity 100,000.00, as the signal suggests', ordered: true },
      { trigger: 'signal', action: 'BUY', outcome: 'skipped', reason: '1 position open (limit 1)', ordered: false },
      { trigger: 'signal', action: 'BUY', outcome: 'skipped', reason: 'already holding 12 MSFT', ordered: false },
      { trigger: 'signal', action: 'SELL', outcome: 'skipped', reason: 'no position to sell (no short selling in paper trading)', ordered: false },
      { trigger: 'signal', action: 'SELL', outcome: 'skipped', reason: 'no position to sell (no short selling in paper trading)', ordered: false },
    ]);
    // A HOLD, and TSLA (followed by no portfolio: neither listed nor in a watchlist), leave no decision at all.
    expect(await ledger().orders(portfolioId)).toHaveLength(1);
  });

  it("stops opening positions once the day's loss reaches the limit, measured from the day-start snapshot", async () => {
    await configure({ maxPositionPercent: 60 });
    follower();
    await idle();
    await publish({ positionSize: 0.5 });
    expect(await holding('AAPL')).toBe('267.0000000000');
    // 267 AAPL fall from 187.20 to 168.00: equity 100,000 − 5,126.40, 5.13 % below the day's start.
    market.set('AAPL', 168);
    await publish({ symbol: 'MSFT' });
    expect((await decisions())[0]).toEqual({
      trigger: 'signal',
      action: 'BUY',
      outcome: 'skipped',
      reason: "equity 94,873.60 is 5.13% below the day's start 100,000.00 (daily loss limit 3%): no new positions until the next UTC day",
      ordered: false,
    });
  });

  it('sells the whole position on a SELL signal, even while another position has no price', async () => {
    await configure();
    follower();
    await publish();
    await publish({ symbol: 'MSFT' });
    market.set('AAPL', 190).markDown('MSFT');
    await publish({ action: 'SELL' });
    expect((await decisions())[0]).toEqual({ trigger: 'signal', action: 'SELL', outcome: 'ordered', reason: 'sold 26 AAPL at 190.00', ordered: true });
    expect(await holding('AAPL')).toBe('0.0000000000');
    // A new position is sized from equity, which an unpriced position leaves unknown.
    await publish();
    expect((await decisions())[0]).toMatchObject({ action: 'BUY', outcome: 'failed', reason: expect.stringMatching(/^the portfolio cannot be valued: no price for MSFT \(no quote for MSFT: .*HTTP 503/) });
  });

  it("sells a followed position once a quote crosses its signal's stop-loss, once", async () => {
    await configure();
    follower();
    await publish();
    await publishQuote('AAPL', 185);
    expect(await decisions()).toHaveLength(1);
    await publishQuote('AAPL', 180.95);
    await publishQuote('AAPL', 180.5);
    expect((await decisions())[0]).toEqual({ trigger: 'stop', action: 'SELL', outcome: 'ordered', reason: 'stop-loss 181.20 hit at 180.95: sold 26 AAPL at 180.95', ordered: true });
    expect(await ledger().orders(portfolioId)).toHaveLength(2);
    expect(await holding('AAPL')).toBe('0.0000000000');
  });

  it('takes profit at the target, and leaves positions alone when stops are off', async () => {
    await configure();
    follower();
    await publish();
    await publishQuote('AAPL', 195.4);
    expect((await decisions())[0]).toMatchObject({ trigger: 'target', reason: 'take-profit 195.00 reached at 195.40: sold 26 AAPL at 195.40' });
    await configure({ useStopLoss: false });
    await publish({ symbol: 'MSFT', stopLoss: 390, takeProfit: 420 });
    await publishQuote('MSFT', 380);
    expect(await holding('MSFT')).toBe('12.0000000000');
  });

  it('records a failure with the reason when the order cannot be placed, and tries a failed stop-loss sale again', async () => {
    await configure();
    follower();
    market.markStale('AAPL');
    await publish();
    expect((await decisions())[0]).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/^no tradable AAPL quote: the latest AAPL quote is stale/) });
    market.reset();
    market.set('AAPL', 187.2);
    await publish();
    // The broker refuses the stop-loss sale at a stale price; the next quote tries again.
    market.markStale('AAPL');
    await publishQuote('AAPL', 180);
    expect((await decisions())[0]).toMatchObject({ trigger: 'stop', outcome: 'failed', reason: expect.stringMatching(/^stop-loss 181.20 hit at 180.00: the order was refused: the latest AAPL quote is stale/) });
    market.reset();
    await publishQuote('AAPL', 179.5);
    expect((await decisions())[0]).toMatchObject({ trigger: 'stop', outcome: 'ordered', reason: 'stop-loss 181.20 hit at 179.50: sold 26 AAPL at 179.50' });
    expect(await holding('AAPL')).toBe('0.0000000000');
  });

  it('ignores portfolios with auto-follow off, closed signals, and reports malformed events without throwing', async () => {
    await configure({ enabled: false });
    const instance = follower();
    await publish();
    await configure();
    await publish({ symbol: 'MSFT' });
    const closed = await new SignalRepository(context.database.db).save(signalFixture({ symbol: 'AAPL', action: 'BUY', confidence: 0.9, riskLevel: 'low', time: new Date(Date.UTC(2023, 0, 1)).toISOString() }));
    const { votes: _votes, ...stored } = closed;
    await bus.publish(signalEvent({ ...stored, outcome: { result: 'target', at: new Date(NOW).toISOString(), price: 200, return: 0.05 } }));
    await bus.publish({ type: 'signal', channels: ['signals'], data: { symbol: 'AAPL' } });
    await idle();
    expect((await decisions()).map((decision) => decision.reason)).toEqual(['bought 12 MSFT at 400.00 for 5% of equity 100,000.00, as the signal suggests']);
    expect(errors).toEqual([{ error: expect.any(TypeError), context: { during: 'signal' } }]);
    errors.length = 0;
    await instance.stop();
    await publish({ symbol: 'AAPL' });
    expect(await decisions()).toHaveLength(1);
  });
});
