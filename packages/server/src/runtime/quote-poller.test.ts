import { describe, expect, it } from 'vitest';
import type { BusEvent } from '../bus/message-bus.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';
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
});
