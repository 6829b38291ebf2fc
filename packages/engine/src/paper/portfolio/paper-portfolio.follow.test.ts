import { describe, expect, it } from 'vitest';
import { HOUR, T0, bar, flatBar, signalOf } from '../test/paper-bars.test-support.js';
import { PaperPortfolio } from './paper-portfolio.js';

/** Two hourly bars of each symbol at `price`, so the follower may trade on the second. */
function warmed(p: PaperPortfolio, symbols: readonly string[], price = 100): void {
  for (const k of [0, 1]) for (const s of symbols) p.onBar(s, flatBar(T0 + k * HOUR, price));
}

describe('PaperPortfolio auto-follow', () => {
  it('enters on a BUY with the signal size and stops, filling at the next open', () => {
    const p = new PaperPortfolio({ autoFollow: {} });
    warmed(p, ['X']);
    expect(p.follow(signalOf('X', T0 + HOUR, 'BUY', 0.2, { stopLoss: 95, takeProfit: 110 }))).toBeNull();
    p.onBar('X', flatBar(T0 + 2 * HOUR, 100));
    expect(p.positions[0].lots.map((l) => [l.size, l.entryPrice, l.sl, l.tp])).toEqual([[20, 100, 95, 110]]);
  });

  it('refuses and records an entry larger than maxPosition', () => {
    const p = new PaperPortfolio({ autoFollow: { limits: { maxPosition: 0.1 } } });
    warmed(p, ['X']);
    const refusal = p.follow(signalOf('X', T0 + HOUR, 'BUY', 0.2));
    expect(refusal).toEqual({ symbol: 'X', time: '2024-01-01T01:00:00.000Z', action: 'BUY', reason: 'position of 20.0 % of equity exceeds maxPosition 10.0 %' });
    expect(p.refusals).toEqual([refusal]);
    expect(p.orders).toEqual([]);
  });

  it('refuses an entry that would take the exposure over maxExposure', () => {
    const p = new PaperPortfolio({ autoFollow: { limits: { maxExposure: 0.6 } } });
    warmed(p, ['A', 'B']);
    expect(p.follow(signalOf('A', T0 + HOUR, 'BUY', 0.5))).toBeNull();
    p.onBar('A', flatBar(T0 + 2 * HOUR, 100));
    p.onBar('B', flatBar(T0 + 2 * HOUR, 100));
    expect(p.follow(signalOf('B', T0 + 2 * HOUR, 'SELL', 0.2))?.reason).toBe('exposure would be 70.0 % of equity, above maxExposure 60.0 %');
    expect(p.follow(signalOf('B', T0 + 2 * HOUR, 'SELL', 0.1))).toBeNull();
  });

  it('blocks new entries for the rest of the UTC day once the day loss passes the limit, and lifts it the next day', () => {
    const p = new PaperPortfolio({ autoFollow: { limits: { dailyLossLimit: 0.02 } } });
    const day2 = T0 + 24 * HOUR;
    p.onBar('A', flatBar(day2 - 3 * HOUR, 100));
    p.onBar('B', flatBar(day2 - 3 * HOUR, 50));
    p.onBar('A', flatBar(day2 - 2 * HOUR, 100));
    p.onBar('B', flatBar(day2 - 2 * HOUR, 50));
    p.follow(signalOf('A', day2 - 2 * HOUR, 'BUY', 0.5));
    p.onBar('A', flatBar(day2 - HOUR, 100)); // 50 units at 100
    p.onBar('A', bar(day2, [100, 100, 94, 95])); // new day starts at 10 000; −250 is −2.5 %
    expect(p.entriesBlocked).toBe(true);
    p.onBar('A', flatBar(day2 + HOUR, 100)); // recovered, still blocked today
    p.onBar('B', flatBar(day2 + HOUR, 50));
    expect(p.follow(signalOf('B', day2 + HOUR, 'BUY', 0.1))?.reason).toBe('daily loss limit reached: no new entries until the next UTC day');
    p.onBar('B', flatBar(day2 + 24 * HOUR, 50));
    expect(p.entriesBlocked).toBe(false);
    expect(p.follow(signalOf('B', day2 + 24 * HOUR, 'BUY', 0.1))).toBeNull();
  });

  it('still exits while entries are refused: a reversal closes the position and records the refused entry', () => {
    const p = new PaperPortfolio({ autoFollow: { limits: { maxPosition: 0.3 } } });
    warmed(p, ['X']);
    p.follow(signalOf('X', T0 + HOUR, 'BUY', 0.25));
    p.onBar('X', flatBar(T0 + 2 * HOUR, 100));
    expect(p.follow(signalOf('X', T0 + 2 * HOUR, 'SELL', 0.5))?.reason).toContain('maxPosition');
    p.onBar('X', flatBar(T0 + 3 * HOUR, 101));
    expect(p.positions).toEqual([]);
    expect(p.trades.map((t) => [t.size, t.exitPrice])).toEqual([[25, 101]]);
  });

  it('does not enter on a symbol first bar, nor on a signal for another bar', () => {
    const p = new PaperPortfolio({ autoFollow: {} });
    p.onBar('X', flatBar(T0, 100));
    expect(p.follow(signalOf('X', T0, 'BUY', 0.1))?.reason).toBe('first bar of X: trading starts on its second bar');
    p.onBar('X', flatBar(T0 + HOUR, 100));
    expect(p.follow(signalOf('X', T0, 'BUY', 0.1))?.reason).toBe('signal for 2024-01-01T00:00:00.000Z but the last bar of X is 2024-01-01T01:00:00.000Z');
    expect(p.follow(signalOf('X', T0, 'HOLD', 0))).toBeNull();
    expect(p.refusals).toHaveLength(2);
  });

  it('treats signals below minConfidence as HOLD, and follow() needs autoFollow options', () => {
    const p = new PaperPortfolio({ autoFollow: { minConfidence: 0.9 } });
    warmed(p, ['X']);
    p.follow(signalOf('X', T0 + HOUR, 'BUY', 0.2, { confidence: 0.5 }));
    expect(p.orders).toEqual([]);
    expect(() => new PaperPortfolio().follow(signalOf('X', T0, 'BUY', 0.1))).toThrow('auto-follow is off');
    expect(() => new PaperPortfolio({ autoFollow: { limits: { maxExposure: 0 } } })).toThrow('maxExposure must be a number in (0, 100]');
  });
});
