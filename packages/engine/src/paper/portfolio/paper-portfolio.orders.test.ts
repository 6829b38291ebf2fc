import { describe, expect, it } from 'vitest';
import { DAY, T0, bar, flatBar } from '../test/paper-bars.test-support.js';
import { PaperPortfolio } from './paper-portfolio.js';

/** A portfolio with one bar of X at 100 (so orders have a price). */
function started(): PaperPortfolio {
  const portfolio = new PaperPortfolio();
  portfolio.onBar('X', flatBar(T0, 100));
  return portfolio;
}

describe('PaperPortfolio orders', () => {
  it('fills a market order at the next bar open and values it at the close', () => {
    const p = started();
    const id = p.submit({ symbol: 'X', side: 'buy', units: 10 });
    expect(p.orders).toEqual([{ id, symbol: 'X', role: 'entry', type: 'market', size: 10, relative: false, limit: null, stop: null, sl: null, tp: null }]);
    p.onBar('X', bar(T0 + DAY, [105, 110, 100, 108]));
    expect(p.fills).toEqual([{ symbol: 'X', kind: 'entry', size: 10, price: 105, bar: 1, time: '2024-01-02T00:00:00.000Z' }]);
    expect(p.positions[0]).toMatchObject({ symbol: 'X', size: 10, averagePrice: 105, lastPrice: 108, marketValue: 1080, unrealizedPnl: 30 });
    expect(p.account).toEqual({ cash: 10_000, equity: 10_030, realizedPnl: 0, unrealizedPnl: 30 });
    expect(p.orders).toEqual([]);
  });

  it('fills a limit buy only once the low reaches the limit, at the better of open and limit', () => {
    const p = started();
    p.submit({ symbol: 'X', side: 'buy', units: 10, limit: 95 });
    p.onBar('X', bar(T0 + DAY, [99, 101, 97, 98]));
    expect(p.positions).toEqual([]);
    expect(p.orders[0]).toMatchObject({ type: 'limit', limit: 95 });
    p.onBar('X', bar(T0 + 2 * DAY, [98, 99, 94, 96]));
    expect(p.fills.map((f) => [f.size, f.price])).toEqual([[10, 95]]);
  });

  it('triggers a stop buy when the high reaches the stop and fills at the worse of open and stop', () => {
    const p = started();
    p.submit({ symbol: 'X', side: 'buy', units: 10, stop: 110 });
    p.onBar('X', bar(T0 + DAY, [101, 108, 100, 104]));
    expect(p.positions).toEqual([]);
    p.onBar('X', bar(T0 + 2 * DAY, [109, 112, 108, 111]));
    expect(p.fills.map((f) => [f.size, f.price])).toEqual([[10, 110]]);
  });

  it('turns a triggered stop-limit order into a limit order filled at the stop', () => {
    const p = started();
    p.submit({ symbol: 'X', side: 'buy', units: 10, stop: 110, limit: 111 });
    expect(p.orders[0]).toMatchObject({ type: 'stop-limit', stop: 110, limit: 111 });
    p.onBar('X', bar(T0 + DAY, [105, 113, 104, 112]));
    expect(p.fills.map((f) => [f.size, f.price])).toEqual([[10, 110]]);
  });

  it('shorts with a sell and exits at the take-profit inside a later bar', () => {
    const p = started();
    p.submit({ symbol: 'X', side: 'sell', units: 5, tp: 90, sl: 110 });
    p.onBar('X', flatBar(T0 + DAY, 100));
    expect(p.orders.map((o) => [o.role, o.type, o.size])).toEqual([['sl', 'stop', 5], ['tp', 'limit', 5]]);
    p.onBar('X', bar(T0 + 2 * DAY, [98, 99, 88, 92]));
    expect(p.trades.map((t) => [t.size, t.entryPrice, t.exitPrice, t.pnl, t.tp])).toEqual([[-5, 100, 90, 50, 90]]);
    expect(p.account).toEqual({ cash: 10_050, equity: 10_050, realizedPnl: 50, unrealizedPnl: 0 });
  });

  it('takes the stop-loss when a bar hits both stop and target (pessimistic)', () => {
    const p = started();
    p.submit({ symbol: 'X', side: 'buy', units: 10, sl: 95, tp: 105 });
    p.onBar('X', flatBar(T0 + DAY, 100));
    p.onBar('X', bar(T0 + 2 * DAY, [100, 106, 94, 100]));
    expect(p.trades.map((t) => [t.exitPrice, t.pnl])).toEqual([[95, -50]]);
    expect(p.fills.map((f) => [f.kind, f.size, f.price])).toEqual([['entry', 10, 100], ['exit', -10, 95]]);
  });

  it('cancels a pending order by id, once', () => {
    const p = started();
    const id = p.submit({ symbol: 'X', side: 'buy', units: 10, limit: 90 });
    expect(p.cancel(id)).toBe(true);
    expect(p.cancel(id)).toBe(false);
    p.onBar('X', flatBar(T0 + DAY, 85));
    expect(p.fills).toEqual([]);
  });

  it('closes a position at the next open with closePosition', () => {
    const p = started();
    p.submit({ symbol: 'X', side: 'buy', units: 10 });
    p.onBar('X', flatBar(T0 + DAY, 100));
    p.closePosition('X');
    p.onBar('X', bar(T0 + 2 * DAY, [103, 104, 102, 103]));
    expect(p.trades.map((t) => [t.size, t.exitPrice, t.pnl])).toEqual([[10, 103, 30]]);
    expect(p.positions).toEqual([]);
  });

  it('refuses orders for a symbol without a bar, and bars that do not move forward', () => {
    const p = started();
    expect(() => p.submit({ symbol: 'Y', side: 'buy' })).toThrow('Y has no bar yet');
    expect(() => p.onBar('X', flatBar(T0, 100))).toThrow('is not after its last bar');
    expect(() => p.submit({ symbol: 'X', side: 'buy', sl: 120 })).toThrow(RangeError);
  });

  it('keeps one cash account across symbols: a second entry is sized from the margin the first left', () => {
    const p = new PaperPortfolio();
    p.onBar('A', flatBar(T0, 100));
    p.onBar('B', flatBar(T0, 50));
    p.submit({ symbol: 'A', side: 'buy', size: 0.5 });
    p.onBar('A', flatBar(T0 + DAY, 100));
    p.submit({ symbol: 'B', side: 'buy', size: 0.5 });
    p.onBar('B', flatBar(T0 + DAY, 50));
    expect(p.positions.map((x) => [x.symbol, x.size])).toEqual([['A', 50], ['B', 50]]);
    p.onBar('A', flatBar(T0 + 2 * DAY, 110));
    expect(p.account).toEqual({ cash: 10_000, equity: 10_500, realizedPnl: 0, unrealizedPnl: 500 });
    expect(p.equityHistory.at(-1)).toEqual({ time: '2024-01-03T00:00:00.000Z', equity: 10_500 });
  });
});
