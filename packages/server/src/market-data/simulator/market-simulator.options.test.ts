import { blackScholesPrice, type OptionContract } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { MarketSimulator } from './market-simulator.js';

const at = (iso: string): number => Date.parse(iso);
const iso = (time: number): string => new Date(time).toISOString();

describe('simulated option chains', () => {
  const now = at('2024-06-12T15:47:30Z');
  const simulator = new MarketSimulator({ seed: 9, now: () => now });

  it('lists four weekly and three monthly expiries at the 16:00 New York close', async () => {
    const chain = await simulator.optionsChain('AAPL');
    const quote = await simulator.quote('AAPL');
    expect(chain).toMatchObject({ underlying: 'AAPL', underlyingPrice: quote.price, asOf: now, simulated: true, riskFreeRate: 0.04 });
    expect([...new Set(chain.contracts.map((c) => c.expiry))].map(iso)).toEqual([
      '2024-06-14T20:00:00.000Z', '2024-06-21T20:00:00.000Z', '2024-06-28T20:00:00.000Z', '2024-07-05T20:00:00.000Z',
      '2024-07-19T20:00:00.000Z', '2024-08-16T20:00:00.000Z', '2024-09-20T20:00:00.000Z',
    ]);
  });

  it('moves an expiry that falls on Good Friday to the Thursday before', async () => {
    const chain = await new MarketSimulator({ seed: 9, now: () => at('2024-03-25T15:00:00Z') }).optionsChain('SPY');
    expect(iso(chain.contracts[0].expiry)).toBe('2024-03-28T20:00:00.000Z');
  });

  it('prices every contract with Black-Scholes at its implied volatility, inside a bid/ask spread', async () => {
    const chain = await simulator.optionsChain('AAPL');
    const problems: string[] = [];
    for (const contract of chain.contracts) {
      const years = (contract.expiry - now) / (365 * 86_400_000);
      const model = blackScholesPrice({ type: contract.type, spot: chain.underlyingPrice, strike: contract.strike, timeToExpiry: years, rate: 0.04, volatility: contract.impliedVolatility, dividendYield: 0.0044 });
      const label = `${contract.type} ${contract.strike} ${iso(contract.expiry)}`;
      if (!(contract.bid <= model && model <= contract.ask)) problems.push(`${label}: model ${model} outside ${contract.bid}-${contract.ask}`);
      if (contract.bid < 0 || !(contract.ask > contract.bid)) problems.push(`${label}: bid ${contract.bid} ask ${contract.ask}`);
      if (!Number.isInteger(contract.volume) || !Number.isInteger(contract.openInterest)) problems.push(`${label}: fractional volume or open interest`);
    }
    expect(problems).toEqual([]);
    expect(chain.contracts.length).toBe(7 * 25 * 2);
  });

  it('has a put skew and the most open interest near the money', async () => {
    const chain = await simulator.optionsChain('AAPL');
    const expiry = chain.contracts[chain.contracts.length - 1].expiry;
    const ofExpiry = chain.contracts.filter((c) => c.expiry === expiry);
    const nearest = (type: 'call' | 'put', strike: number): OptionContract =>
      ofExpiry.filter((c) => c.type === type).reduce((best, c) => (Math.abs(c.strike - strike) < Math.abs(best.strike - strike) ? c : best));
    const spot = chain.underlyingPrice;
    expect(nearest('put', spot * 0.9).impliedVolatility).toBeGreaterThan(nearest('call', spot * 1.1).impliedVolatility);
    const calls = ofExpiry.filter((c) => c.type === 'call');
    const farthest = calls.reduce((far, c) => (Math.abs(c.strike - spot) > Math.abs(far.strike - spot) ? c : far));
    expect(nearest('call', spot).openInterest).toBeGreaterThan(3 * farthest.openInterest);
    const atm = nearest('call', spot).impliedVolatility;
    expect(atm).toBeGreaterThan(0.27 * 0.4);
    expect(atm).toBeLessThan(0.27 * 3);
  });
});
