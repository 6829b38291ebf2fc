import { describe, expect, it } from 'vitest';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { SignalEngine } from '../../signal/signal-engine.js';
import { PaperPortfolio } from './paper-portfolio.js';

const series = randomWalkBars({ length: 700, seed: 5, volatility: 0.02 });

/** Feeds bars [from, to) with a consensus signal after each, plus a manual limit order every 50 bars. */
function feed(p: PaperPortfolio, engine: SignalEngine, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const bar = series.bar(i);
    p.onBar('W', bar, '1d');
    p.follow(engine.update('W', '1d', bar));
    if (i % 50 === 25) p.submit({ symbol: 'W', side: 'buy', units: 1, limit: bar.close * 0.97 });
  }
}

describe('PaperPortfolio toJSON / fromJSON', () => {
  it('restores mid-run to a portfolio that continues exactly like the original', () => {
    const options = { commission: 0.001, autoFollow: { holdBars: 3, limits: { maxPosition: 0.1, dailyLossLimit: 0.01 } } };
    const engine = new SignalEngine();
    const original = new PaperPortfolio(options);
    feed(original, engine, 0, 400);
    const saved = JSON.parse(JSON.stringify(original.toJSON())) as ReturnType<PaperPortfolio['toJSON']>;
    const restored = PaperPortfolio.fromJSON(saved);
    expect(restored.toJSON()).toEqual(saved);
    expect(restored.orders).toEqual(original.orders);
    // Both continue on the same bars and signals (one engine, so each signal is computed once).
    for (let i = 400; i < series.length; i++) {
      const bar = series.bar(i);
      original.onBar('W', bar, '1d');
      restored.onBar('W', bar, '1d');
      const signal = engine.update('W', '1d', bar);
      expect(restored.follow(signal)).toEqual(original.follow(signal));
      if (i % 50 === 25) {
        const request = { symbol: 'W', side: 'buy', units: 1, limit: bar.close * 0.97 } as const;
        expect(restored.submit(request)).toBe(original.submit(request));
      }
    }
    expect(original.trades.length).toBeGreaterThan(10);
    expect(saved.books[0].holdUntil).not.toBeNull();
    expect(restored.trades).toEqual(original.trades);
    expect(restored.fills).toEqual(original.fills);
    expect(restored.refusals).toEqual(original.refusals);
    expect(restored.equityHistory).toEqual(original.equityHistory);
    expect(restored.account).toEqual(original.account);
    expect(restored.toJSON()).toEqual(original.toJSON());
  });
});
