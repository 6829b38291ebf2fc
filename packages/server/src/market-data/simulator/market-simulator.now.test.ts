import type { Bar, Timeframe } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { MarketSimulator } from './market-simulator.js';

const at = (iso: string): number => Date.parse(iso);
const DAY = 86_400_000;
const NOW = at('2024-06-12T15:47:30Z'); // 11:47:30 New York, a Wednesday

const simulatorAt = (now: number): MarketSimulator => new MarketSimulator({ seed: 3, now: () => now });
const barsAt = (now: number, symbol: string, timeframe: Timeframe, from: number, to: number): Promise<Bar[]> =>
  simulatorAt(now).bars({ symbol, timeframe, from, to });

describe('the clock', () => {
  it('returns the bar forming at now cut at now, and no bar after it', async () => {
    const dayStart = at('2024-06-12T00:00:00Z');
    const minutes = await barsAt(NOW, 'AAPL', '1m', dayStart, dayStart + DAY);
    expect(minutes).toHaveLength(138);
    const forming = minutes[minutes.length - 1];
    expect(new Date(forming.time).toISOString()).toBe('2024-06-12T15:47:00.000Z');
    const [full] = await barsAt(at('2024-06-12T15:48:00Z'), 'AAPL', '1m', forming.time, forming.time + 60_000);
    expect(forming.open).toBe(full.open);
    expect(forming.high).toBeLessThanOrEqual(full.high);
    expect(forming.low).toBeGreaterThanOrEqual(full.low);
    expect(forming.volume).toBeLessThan(full.volume);
    expect(await barsAt(NOW, 'AAPL', '1m', NOW + 60_000, NOW + DAY)).toEqual([]);
    const [hour] = (await barsAt(NOW, 'AAPL', '1h', dayStart, dayStart + DAY)).slice(-1);
    expect(new Date(hour.time).toISOString()).toBe('2024-06-12T15:30:00.000Z');
    expect(hour.close).toBe(forming.close);
    const [day] = await barsAt(NOW, 'AAPL', '1d', dayStart, dayStart + DAY);
    expect(day).toMatchObject({ time: dayStart, open: minutes[0].open, close: forming.close });
    expect(day.high).toBe(Math.max(...minutes.map((bar) => bar.high)));
    expect(day.volume).toBe(minutes.reduce((sum, bar) => sum + bar.volume, 0));
  });

  it('leaves closed bars unchanged as time goes on', async () => {
    const from = at('2024-06-10T00:00:00Z');
    const earlier = await barsAt(NOW, 'TSLA', '5m', from, NOW);
    const later = await barsAt(NOW + 3 * DAY, 'TSLA', '5m', from, NOW);
    expect(later.slice(0, -1)).toEqual(earlier.slice(0, -1));
    expect(later.length).toBe(earlier.length);
  });

  it('has no daily bar for today before the session opens', async () => {
    const days = await barsAt(at('2024-06-12T12:00:00Z'), 'AAPL', '1d', at('2024-06-10T00:00:00Z'), at('2024-06-20T00:00:00Z'));
    expect(days.map((bar) => new Date(bar.time).toISOString().slice(0, 10))).toEqual(['2024-06-10', '2024-06-11']);
  });
});

describe('quotes', () => {
  it('agrees with the forming bars: price, day range, volume and previous close', async () => {
    const sim = simulatorAt(NOW);
    const quote = await sim.quote('AAPL');
    const [previousDay, today] = await sim.bars({ symbol: 'AAPL', timeframe: '1d', from: at('2024-06-11T00:00:00Z'), to: at('2024-06-13T00:00:00Z') });
    const [minute] = (await sim.bars({ symbol: 'AAPL', timeframe: '1m', from: NOW - 120_000, to: NOW + 1 })).slice(-1);
    expect(quote).toMatchObject({
      symbol: 'AAPL', price: minute.close, open: today.open, high: today.high, low: today.low, volume: today.volume,
      previousClose: previousDay.close, time: NOW, currency: 'USD', source: 'simulator', simulated: true,
    });
    expect(quote.change).toBeCloseTo(today.close - previousDay.close, 9);
    expect(quote.changePercent).toBeCloseTo(((today.close - previousDay.close) / previousDay.close) * 100, 9);
    expect(quote.bid).toBeLessThan(quote.price);
    expect(quote.ask).toBeGreaterThan(quote.price);
  });

  it('moves during the session, from one ten-second step to the next', async () => {
    let now = NOW;
    const sim = new MarketSimulator({ seed: 3, now: () => now });
    const prices = new Set<number>();
    for (let step = 0; step < 12; step++, now += 10_000) prices.add((await sim.quote('MSFT')).price);
    expect(prices.size).toBeGreaterThan(6);
  });

  it('shows the last close on a weekend, timed at that close', async () => {
    const sim = simulatorAt(at('2024-06-15T18:00:00Z'));
    const quote = await sim.quote('AAPL');
    const [thursday, friday] = await sim.bars({ symbol: 'AAPL', timeframe: '1d', from: at('2024-06-13T00:00:00Z'), to: at('2024-06-16T00:00:00Z') });
    expect(quote).toMatchObject({ price: friday.close, open: friday.open, high: friday.high, low: friday.low, volume: friday.volume, previousClose: thursday.close });
    expect(new Date(quote.time).toISOString()).toBe('2024-06-14T20:00:00.000Z');
    const crypto = await sim.quote('BTC-USD');
    expect(crypto.time).toBe(at('2024-06-15T18:00:00Z'));
    expect(crypto.currency).toBe('USD');
  });

  it('answers not-found before the simulated history begins', async () => {
    await expect(simulatorAt(at('1999-06-01T00:00:00Z')).quote('AAPL')).rejects.toMatchObject({ kind: 'not-found', message: 'simulator: AAPL has no simulated history before 2000-01-01' });
  });
});
