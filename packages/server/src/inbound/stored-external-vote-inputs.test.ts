import { BarSeries, randomWalkBars, SignalEngine, type Bar, type SignalVote } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { createDatabase } from '../storage/create-database.js';
import { pgliteDriver } from '../storage/pglite-driver.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { migratedPglite } from '../storage/test-support/pglite-template.test-support.js';
import { ExternalVoteService } from './external-vote-service.js';
import { storedExternalVoteInputs } from './stored-external-vote-inputs.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2024, 0, 1);
const walk = randomWalkBars({ length: 130, seed: 21, symbol: 'AAPL', startTime: START });
const barAt = (index: number): Bar => walk.bar(index);

/** The first `count` daily bars of the walk as a series. */
function seriesOf(count: number): BarSeries {
  return BarSeries.fromBars({ symbol: 'AAPL', timeframe: '1d' }, Array.from({ length: count }, (_, i) => barAt(i)));
}

/** The tradingview agent's part in the signal of the last of `count` bars, made with the stored votes. */
async function tradingViewVote(inputs: ReturnType<typeof storedExternalVoteInputs>, count: number): Promise<SignalVote | undefined> {
  const series = seriesOf(count);
  const last = series.time[count - 1];
  const given = await inputs({ symbol: 'aapl', timeframe: '1d', from: series.time[0], to: last + DAY });
  const signal = new SignalEngine().replay(series, { learn: false, inputs: given });
  return signal.votes.find((vote) => vote.agent === 'tradingview');
}

describeStorage('stored external votes as engine inputs', (context) => {
  it('gives the engine an accepted alert: the tradingview agent votes it on the bar it arrived in, and abstains once it has expired', async () => {
    let now = barAt(119).time + 20 * HOUR;
    const service = new ExternalVoteService({ database: context.database, now: () => now });
    const { hook } = await service.createHook(null, 'Mean reversion');
    await service.accept(hook, { ticker: 'NASDAQ:AAPL', action: 'sell', price: 187.2, confidence: 0.9, interval: 'D' });
    // Other series and later arrivals are not given.
    await service.accept(hook, { ticker: 'MSFT', action: 'buy', interval: 'D' });
    await service.accept(hook, { ticker: 'AAPL', action: 'buy', interval: '60' });
    now += 10 * DAY;
    await service.accept(hook, { ticker: 'AAPL', action: 'buy', interval: 'D' });
    const inputs = storedExternalVoteInputs(context.database);

    const given = await inputs({ symbol: 'AAPL', timeframe: '1d', from: barAt(0).time, to: barAt(119).time + DAY });
    expect(given).toEqual({ externalVotes: [{ time: barAt(119).time + 20 * HOUR, expiresAt: barAt(119).time + 68 * HOUR, action: 'SELL', confidence: 0.9, price: 187.2, strategy: 'Mean reversion' }] });

    expect(await tradingViewVote(inputs, 119)).toMatchObject({ status: 'abstained', reasoning: 'no TradingView alert for AAPL 1d has arrived yet' });
    expect(await tradingViewVote(inputs, 120)).toMatchObject({
      category: 'external',
      status: 'voted',
      action: 'SELL',
      confidence: 0.9,
      reasoning: "TradingView alert 'Mean reversion' said SELL at 187.20 on this bar, confidence 0.90.",
    });
    expect(await tradingViewVote(inputs, 121)).toMatchObject({ status: 'voted', action: 'SELL', reasoning: "TradingView alert 'Mean reversion' said SELL at 187.20 1 bar ago, confidence 0.90." });
    expect(await tradingViewVote(inputs, 122)).toMatchObject({ status: 'abstained', reasoning: 'no unexpired TradingView alert for AAPL 1d: the last one (SELL) arrived 2 bars ago and has expired' });
  });
});

it('gives no votes when they cannot be read and an error handler is given, and rejects without one', async () => {
  const closed = createDatabase(await pgliteDriver(await migratedPglite(), { ownsClient: true }));
  await closed.close();
  const failures: string[] = [];
  const tolerant = storedExternalVoteInputs(closed, { onError: (_error, symbol) => failures.push(symbol) });
  expect(await tolerant({ symbol: 'AAPL', timeframe: '1d', from: 0, to: 1 })).toEqual({});
  expect(failures).toEqual(['AAPL']);
  await expect(storedExternalVoteInputs(closed)({ symbol: 'AAPL', timeframe: '1d', from: 0, to: 1 })).rejects.toThrow();
});
