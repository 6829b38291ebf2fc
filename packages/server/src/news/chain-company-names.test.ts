import { describe, expect, it } from 'vitest';
import type { SourcedData } from '../market-data/chain/sourced-data.js';
import type { Fundamentals } from '../market-data/fundamentals.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';
import { ChainCompanyNames, type FundamentalsChain } from './chain-company-names.js';

const NOW = Date.UTC(2025, 5, 5);

/** The simulator's fundamentals as the chain answers them, failing for symbols in `down`, counting the questions. */
function simulatorChain(down: Set<string>): FundamentalsChain & { asked: string[] } {
  const simulator = new MarketSimulator({ seed: 5, now: () => NOW });
  const asked: string[] = [];
  return {
    asked,
    async fundamentals(symbol: string): Promise<SourcedData<Fundamentals>> {
      asked.push(symbol);
      if (down.has(symbol)) throw new Error(`fundamentals ${symbol}: every provider failed`);
      return { data: await simulator.fundamentals(symbol), source: 'simulator', simulated: true, stale: false };
    },
  };
}

describe('ChainCompanyNames', () => {
  it('fetches each name once, and asks again for a failed one only after the retry time', async () => {
    let now = NOW;
    const down = new Set(['MSFT']);
    const chain = simulatorChain(down);
    const names = new ChainCompanyNames(chain, { retryAfterMs: 60_000, now: () => now });
    expect(await names.namesOf(['AAPL', 'MSFT'])).toEqual(new Map([['AAPL', ['Apple Inc.']]]));
    down.clear();
    expect(await names.namesOf(['AAPL', 'MSFT'])).toEqual(new Map([['AAPL', ['Apple Inc.']]]));
    now += 60_000;
    expect(await names.namesOf(['AAPL', 'MSFT'])).toEqual(new Map([['AAPL', ['Apple Inc.']], ['MSFT', ['Microsoft Corporation']]]));
    expect(chain.asked).toEqual(['AAPL', 'MSFT', 'MSFT']);
  });
});
