import { describe, expect, it } from 'vitest';
import { ALL_SIGNALS, benchSymbol, channelsOfClient, checkFanOutSubscriptions, receiversPerSymbol } from './fan-out-subscriptions.js';

describe('fan-out subscriptions of the bench clients', () => {
  it('puts every client on signals when it watches no symbols', () => {
    expect(channelsOfClient(7, ALL_SIGNALS)).toEqual(['signals']);
    expect(receiversPerSymbol(0, 1250, ALL_SIGNALS)('S0003')).toBe(1250);
  });

  it('gives each client a run of consecutive symbols, wrapping round the universe', () => {
    const subscriptions = { symbolsPerClient: 3, universe: 10 };
    expect(channelsOfClient(0, subscriptions)).toEqual(['signals:S0000', 'signals:S0001', 'signals:S0002']);
    expect(channelsOfClient(3, subscriptions)).toEqual(['signals:S0009', 'signals:S0000', 'signals:S0001']);
  });

  it('counts the receivers of each symbol over a range of clients, which adds up to every subscription', () => {
    const subscriptions = { symbolsPerClient: 10, universe: 500 };
    const [firstHalf, secondHalf] = [receiversPerSymbol(0, 2500, subscriptions), receiversPerSymbol(2500, 2500, subscriptions)];
    const total = Array.from({ length: 500 }, (_, k) => firstHalf(benchSymbol(k)) + secondHalf(benchSymbol(k))).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(5000 * 10);
    // 50,000 subscriptions over 500 symbols: 100 clients per symbol.
    expect(firstHalf('S0042') + secondHalf('S0042')).toBe(100);
  });

  it('refuses more symbols per client than the universe holds', () => {
    expect(() => checkFanOutSubscriptions({ symbolsPerClient: 20, universe: 10 })).toThrow('20 symbols per client is more than the universe of 10 symbols');
  });
});
