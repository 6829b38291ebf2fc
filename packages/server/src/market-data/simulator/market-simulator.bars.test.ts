import { TIMEFRAMES, type Bar, type Timeframe } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { CRYPTO_CALENDAR, FX_CALENDAR, NYSE_CALENDAR } from '../calendar/market-calendars.js';
import type { MarketCalendar } from '../calendar/market-calendar.js';
import { ProviderError } from '../provider-error.js';
import { MarketSimulator } from './market-simulator.js';
import { aggregateIntoSlots } from './simulator.test-support.js';

const at = (iso: string): number => Date.parse(iso);
const LATER = at('2026-06-01T00:00:00Z');
const simulator = (seed = 7, now = LATER): MarketSimulator => new MarketSimulator({ seed, now: () => now });

async function bars(sim: MarketSimulator, symbol: string, timeframe: Timeframe, from: string, to: string): Promise<Bar[]> {
  return sim.bars({ symbol, timeframe, from: at(from), to: at(to) });
}

describe('simulated bars are a pure function of seed, symbol, timeframe and time', () => {
  it('gives identical bars for the same seed, across instances and request order, and different ones for another seed', async () => {
    const first = await bars(simulator(7), 'AAPL', '1h', '2024-06-10', '2024-06-15');
    const warmed = simulator(7);
    await bars(warmed, 'AAPL', '1m', '2025-03-03', '2025-03-04');
    await bars(warmed, 'AAPL', '1d', '2019-01-01', '2025-01-01');
    expect(await bars(warmed, 'AAPL', '1h', '2024-06-10', '2024-06-15')).toEqual(first);
    const other = await bars(simulator(8), 'AAPL', '1h', '2024-06-10', '2024-06-15');
    expect(other).toHaveLength(first.length);
    expect(other.map((bar) => bar.close)).not.toEqual(first.map((bar) => bar.close));
    expect(await bars(simulator(7), 'aapl', '1h', '2024-06-10', '2024-06-15')).toEqual(first);
  });

  it('returns the same bars whatever the request boundaries: [a, c) equals [a, b) followed by [b, c)', async () => {
    const cases: [string, Timeframe, string, string, string][] = [
      ['MSFT', '1m', '2024-06-12T13:00:00Z', '2024-06-12T15:47:13Z', '2024-06-13T20:00:00Z'],
      ['MSFT', '5m', '2024-06-11T00:00:00Z', '2024-06-12T17:02:00Z', '2024-06-14T00:00:00Z'],
      ['MSFT', '1h', '2024-05-01T00:00:00Z', '2024-05-17T14:00:00Z', '2024-06-01T00:00:00Z'],
      ['MSFT', '1d', '2020-01-01T00:00:00Z', '2022-07-13T05:00:00Z', '2024-01-01T00:00:00Z'],
      ['MSFT', '1w', '2020-01-01T00:00:00Z', '2021-03-10T00:00:00Z', '2022-01-01T00:00:00Z'],
      ['BTC-USD', '4h', '2024-03-01T00:00:00Z', '2024-03-09T13:00:00Z', '2024-03-20T00:00:00Z'],
      ['EURUSD=X', '15m', '2024-03-07T00:00:00Z', '2024-03-10T22:10:00Z', '2024-03-12T00:00:00Z'],
    ];
    for (const [symbol, timeframe, a, b, c] of cases) {
      const sim = simulator();
      const whole = await bars(sim, symbol, timeframe, a, c);
      const parts = [...(await bars(simulator(), symbol, timeframe, a, b)), ...(await bars(simulator(), symbol, timeframe, b, c))];
      expect(parts, `${symbol} ${timeframe}`).toEqual(whole);
      expect(whole.length, `${symbol} ${timeframe}`).toBeGreaterThan(3);
    }
  });
});

describe('timeframes agree with each other', () => {
  async function expectAggregated(symbol: string, calendar: MarketCalendar, fine: Timeframe, coarse: Timeframe, from: string, to: string): Promise<void> {
    const sim = simulator();
    // A daily FX bar starts trading the evening before its date, so the finer bars start a day earlier.
    const fineBars = await sim.bars({ symbol, timeframe: fine, from: at(from) - 86_400_000, to: at(to) });
    const coarseBars = await bars(sim, symbol, coarse, from, to);
    const slots = calendar.barSlots(coarse, at(from), at(to));
    expect(coarseBars.length, `${symbol} ${fine}→${coarse}`).toBeGreaterThan(1);
    expect(aggregateIntoSlots(fineBars, slots), `${symbol} ${fine}→${coarse}`).toEqual(coarseBars);
  }

  it('builds every equity intraday timeframe from its 1m bars, including the 13:00 early close', async () => {
    for (const coarse of ['5m', '15m', '30m', '1h', '4h'] as const) {
      await expectAggregated('NVDA', NYSE_CALENDAR, '1m', coarse, '2024-11-27T00:00:00Z', '2024-12-03T00:00:00Z');
    }
  });

  it('builds daily bars from hourly ones and weekly bars from daily ones', async () => {
    await expectAggregated('NVDA', NYSE_CALENDAR, '1h', '1d', '2024-03-01T00:00:00Z', '2024-04-10T00:00:00Z');
    await expectAggregated('NVDA', NYSE_CALENDAR, '1d', '1w', '2024-01-01T00:00:00Z', '2024-07-01T00:00:00Z');
    await expectAggregated('ETH-USD', CRYPTO_CALENDAR, '1m', '1h', '2024-03-09T00:00:00Z', '2024-03-10T12:00:00Z');
    await expectAggregated('ETH-USD', CRYPTO_CALENDAR, '1h', '1d', '2024-03-01T00:00:00Z', '2024-03-15T00:00:00Z');
    await expectAggregated('GBPUSD=X', FX_CALENDAR, '1m', '4h', '2024-03-07T00:00:00Z', '2024-03-09T00:00:00Z');
    await expectAggregated('GBPUSD=X', FX_CALENDAR, '1h', '1d', '2024-03-04T00:00:00Z', '2024-03-16T00:00:00Z');
  });
});

describe('sessions and validity', () => {
  it('has no equity bars on Good Friday or the weekend, while crypto trades on and FX pauses', async () => {
    const sim = simulator();
    expect(await bars(sim, 'AAPL', '1m', '2024-03-29T00:00:00Z', '2024-04-01T00:00:00Z')).toEqual([]);
    const days = (await bars(sim, 'AAPL', '1d', '2024-03-25T00:00:00Z', '2024-04-01T00:00:00Z')).map((bar) => new Date(bar.time).toISOString().slice(0, 10));
    expect(days).toEqual(['2024-03-25', '2024-03-26', '2024-03-27', '2024-03-28']);
    expect(await bars(sim, 'BTC-USD', '1h', '2024-03-30T00:00:00Z', '2024-03-31T00:00:00Z')).toHaveLength(24);
    expect(await bars(sim, 'EURUSD=X', '1h', '2024-03-30T00:00:00Z', '2024-03-31T00:00:00Z')).toEqual([]);
    const hours = (await bars(sim, 'AAPL', '1h', '2024-06-12T00:00:00Z', '2024-06-13T00:00:00Z')).map((bar) => new Date(bar.time).toISOString().slice(11, 16));
    expect(hours).toEqual(['13:30', '14:30', '15:30', '16:30', '17:30', '18:30', '19:30']);
  });

  it('keeps every bar valid: ordered, inside the range, low <= open/close <= high, positive prices, whole volumes', async () => {
    const sim = simulator();
    const problems: string[] = [];
    let checked = 0;
    for (const symbol of ['AAPL', 'PENNY', 'DOGE-USD', 'USDJPY=X', '^GSPC']) {
      for (const timeframe of TIMEFRAMES) {
        const long = timeframe === '1w' || timeframe === '1d';
        const from = at(long ? '2023-01-01T00:00:00Z' : '2024-02-26T00:00:00Z');
        const to = at(long ? '2024-06-01T00:00:00Z' : '2024-03-02T00:00:00Z');
        const result = await sim.bars({ symbol, timeframe, from, to });
        if (result.length === 0) problems.push(`${symbol} ${timeframe}: no bars`);
        result.forEach((bar, i) => {
          const label = `${symbol} ${timeframe} ${new Date(bar.time).toISOString()}`;
          if (i > 0 && !(bar.time > result[i - 1].time)) problems.push(`${label}: not after the previous bar`);
          if (bar.time < from || bar.time >= to) problems.push(`${label}: outside the requested range`);
          if (!(bar.low > 0)) problems.push(`${label}: low ${bar.low} is not positive`);
          if (bar.low > Math.min(bar.open, bar.close)) problems.push(`${label}: low above open or close`);
          if (bar.high < Math.max(bar.open, bar.close)) problems.push(`${label}: high below open or close`);
          if (!Number.isSafeInteger(bar.volume) || bar.volume < 0) problems.push(`${label}: volume ${bar.volume}`);
        });
        checked += result.length;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('has no history before 2000-01-01', async () => {
    expect(await bars(simulator(), 'AAPL', '1d', '1999-01-01T00:00:00Z', '2000-01-05T00:00:00Z')).toHaveLength(2);
    expect(await bars(simulator(), 'AAPL', '1d', '1995-01-01T00:00:00Z', '1999-12-31T00:00:00Z')).toEqual([]);
  });
});

describe('bad requests', () => {
  it('names the bad field of a request', async () => {
    const sim = simulator();
    const request = { symbol: 'AAPL', timeframe: '1h' as Timeframe, from: at('2024-01-02'), to: at('2024-01-03') };
    await expect(sim.bars({ ...request, timeframe: '2h' as Timeframe })).rejects.toThrow('simulator: timeframe "2h" is not one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w');
    await expect(sim.bars({ ...request, symbol: 'NOT A SYMBOL' })).rejects.toThrow('simulator: symbol "NOT A SYMBOL" is not a ticker');
    await expect(sim.bars({ ...request, from: request.to })).rejects.toThrow('simulator: from (2024-01-03T00:00:00.000Z) must be before to (2024-01-03T00:00:00.000Z)');
    await expect(sim.bars({ ...request, to: Number.NaN })).rejects.toThrow('simulator: to must be a finite epoch-ms time, got NaN');
    const error = await sim.bars({ ...request, symbol: '' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'bad-request', provider: 'simulator' });
  });
});
