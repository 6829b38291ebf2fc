import { describe, expect, it } from 'vitest';
import type { BusEvent } from '../bus/message-bus.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';
import type { Lease } from '../support/lease.js';
import { QuotePoller } from './quote-poller.js';

const NOW = Date.UTC(2024, 5, 3, 18, 0);

describe('QuotePoller', () => {
  it('publishes each followed symbol quote on its quotes channel in the REST shape, and reports failures', async () => {
    const simulator = new MarketSimulator({ seed: 7, now: () => NOW });
    const events: BusEvent[] = [];
    const failures: string[] = [];
    const poller = new QuotePoller({
      symbols: async () => ['AAPL', 'BTC-USD', 'NOPE'],
      quote: async (symbol) => {
        if (symbol === 'NOPE') throw new Error('no such symbol');
        return { data: await simulator.quote(symbol), source: 'simulator', simulated: true, stale: false };
      },
      publish: async (event) => {
        events.push(event);
      },
      intervalMs: 60_000,
      onError: (symbol, error) => failures.push(`${symbol}: ${(error as Error).message}`),
    });
    await poller.poll();
    expect(events.map((event) => [event.type, event.channels])).toEqual([
      ['quote', ['quotes:AAPL']],
      ['quote', ['quotes:BTC-USD']],
    ]);
    const apple = await simulator.quote('AAPL');
    expect(events[0].data).toMatchObject({ symbol: 'AAPL', price: apple.price, time: new Date(apple.time).toISOString(), source: 'simulator', simulated: true, stale: false });
    expect(failures).toEqual(['NOPE: no such symbol']);
  });

  it('polls only while it holds its lease, and gives the lease up when stopped', async () => {
    const simulator = new MarketSimulator({ seed: 7, now: () => NOW });
    // One lease for two nodes: the first to ask holds it.
    let holder: string | null = null;
    const released: string[] = [];
    const leaseOf = (node: string): Lease => ({
      tryHold: async () => (holder ??= node) === node,
      release: async () => {
        released.push(node);
        if (holder === node) holder = null;
      },
    });
    const published: string[] = [];
    const pollerOf = (node: string): QuotePoller =>
      new QuotePoller({
        symbols: async () => ['AAPL'],
        quote: async (symbol) => ({ data: await simulator.quote(symbol), source: 'simulator', simulated: true, stale: false }),
        publish: async () => {
          published.push(node);
        },
        intervalMs: 10,
        lease: leaseOf(node),
      });
    const a = pollerOf('a');
    const b = pollerOf('b');
    a.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    b.start();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await a.stop();
    const beforeHandOver = published.length;
    await new Promise((resolve) => setTimeout(resolve, 80));
    await b.stop();
    expect(published.slice(0, beforeHandOver).every((node) => node === 'a')).toBe(true);
    expect(beforeHandOver).toBeGreaterThan(1);
    // Released by a, the lease passed to b, which polled from then on.
    expect(published.slice(beforeHandOver)).toContain('b');
    expect(released).toEqual(['a', 'b']);
  });
});
