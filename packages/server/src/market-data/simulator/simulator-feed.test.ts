import type { Timeframe } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { ManualClock } from './manual-clock.test-support.js';
import { MarketSimulator } from './market-simulator.js';
import { SimulatorFeed, type SimulatorFeedEvent } from './simulator-feed.js';

const at = (iso: string): number => Date.parse(iso);
const iso = (time: number): string => new Date(time).toISOString();

function setup(start: string): { clock: ManualClock; simulator: MarketSimulator; feed: SimulatorFeed; events: SimulatorFeedEvent[] } {
  const clock = new ManualClock(at(start));
  const simulator = new MarketSimulator({ seed: 21, now: () => clock.now() });
  return { clock, simulator, feed: new SimulatorFeed(simulator, { timer: clock }), events: [] };
}

const barTimes = (events: readonly SimulatorFeedEvent[]): string[] => events.flatMap((event) => (event.type === 'bar' ? [iso(event.bar.time)] : []));

describe('SimulatorFeed', () => {
  it('emits each minute bar once, at its close, followed by a quote at that instant', async () => {
    const { clock, simulator, feed, events } = setup('2024-06-12T15:47:30Z');
    const emittedAt: number[] = [];
    feed.subscribeBars('AAPL', '1m', (event) => {
      events.push(event);
      emittedAt.push(clock.now());
    });
    clock.advance(5 * 60_000);
    expect(barTimes(events)).toEqual(['2024-06-12T15:47:00.000Z', '2024-06-12T15:48:00.000Z', '2024-06-12T15:49:00.000Z', '2024-06-12T15:50:00.000Z', '2024-06-12T15:51:00.000Z']);
    const expected = await simulator.bars({ symbol: 'AAPL', timeframe: '1m', from: at('2024-06-12T15:47:00Z'), to: at('2024-06-12T15:52:00Z') });
    expect(events.filter((event) => event.type === 'bar').map((event) => event.type === 'bar' && event.bar)).toEqual(expected);
    events.forEach((event, i) => {
      if (event.type === 'bar') {
        expect(emittedAt[i]).toBe(event.bar.time + 60_000);
        const next = events[i + 1];
        expect(next.type === 'quote' && next.quote.price).toBe(event.bar.close);
      }
    });
  });

  it('waits through Good Friday and the weekend for the next daily close', () => {
    const { clock, feed, events } = setup('2024-03-28T19:00:00Z');
    feed.subscribeBars('MSFT', '1d', (event) => events.push(event));
    clock.advance(5 * 86_400_000);
    expect(barTimes(events)).toEqual(['2024-03-28T00:00:00.000Z', '2024-04-01T00:00:00.000Z']);
    expect(clock.scheduled).toBe(1);
  });

  it('catches up in order after the process slept through several closes', () => {
    const { clock, feed, events } = setup('2024-03-30T10:20:00Z');
    feed.subscribeBars('BTC-USD', '1h', (event) => events.push(event));
    clock.sleepUntil(at('2024-03-30T15:05:00Z'));
    clock.advance(0);
    expect(barTimes(events)).toEqual(['2024-03-30T10:00:00.000Z', '2024-03-30T11:00:00.000Z', '2024-03-30T12:00:00.000Z', '2024-03-30T13:00:00.000Z', '2024-03-30T14:00:00.000Z']);
    expect(events.filter((event) => event.type === 'quote')).toHaveLength(1);
  });

  it('stops emitting and scheduling once unsubscribed, also from inside a listener', () => {
    const { clock, feed, events } = setup('2024-03-30T10:20:00Z');
    const timeframes: Timeframe[] = ['5m', '15m'];
    const stops = timeframes.map((timeframe) => feed.subscribeBars('ETH-USD', timeframe, (event) => events.push(event)));
    const stopSelf: () => void = feed.subscribeBars('ETH-USD', '1m', () => stopSelf());
    clock.advance(20 * 60_000);
    expect(feed.size).toBe(2);
    for (const stop of stops) stop();
    const count = events.length;
    clock.advance(60 * 60_000);
    expect(events).toHaveLength(count);
    expect(clock.scheduled).toBe(0);
    expect(feed.size).toBe(0);
  });

  it('streams quotes while the price moves and goes quiet when the market closes', () => {
    const { clock, feed, events } = setup('2024-06-14T19:59:55Z');
    feed.subscribeQuotes('AAPL', 1_000, (event) => events.push(event));
    clock.advance(5_000);
    const duringSession = events.length;
    expect(duringSession).toBeGreaterThanOrEqual(3);
    clock.advance(60_000);
    expect(events.length).toBeLessThanOrEqual(duringSession + 1);
    const last = events[events.length - 1];
    expect(last.type === 'quote' && iso(last.quote.time)).toBe('2024-06-14T20:00:00.000Z');
    expect(() => feed.subscribeQuotes('AAPL', 0, () => undefined)).toThrow('quote interval must be a finite number of ms >= 1, got 0');
  });

  it('reports a throwing listener and keeps the stream going', () => {
    const clock = new ManualClock(at('2024-03-30T10:20:00Z'));
    const errors: unknown[] = [];
    const feed = new SimulatorFeed(new MarketSimulator({ seed: 21, now: () => clock.now() }), { timer: clock, onListenerError: (error) => errors.push(error) });
    let calls = 0;
    feed.subscribeBars('BTC-USD', '1m', () => {
      calls++;
      throw new Error('listener broke');
    });
    clock.advance(3 * 60_000);
    expect(calls).toBe(6);
    expect(errors).toHaveLength(6);
    feed.close();
    expect(clock.scheduled).toBe(0);
  });
});
