import { describe, expect, it } from 'vitest';
import { normalizeSymbol, symbolProfileOf } from './symbol-profile.js';

describe('symbolProfileOf', () => {
  it('uses built-in levels for well-known symbols and their pair aliases', () => {
    expect(symbolProfileOf('aapl')).toMatchObject({ symbol: 'AAPL', assetClass: 'equity', price: 230, ticksPerUnit: 100, currency: 'USD' });
    expect(symbolProfileOf('BTC/USDT')).toMatchObject({ assetClass: 'crypto', price: 90_000, currency: 'USDT', name: 'Bitcoin USD' });
    expect(symbolProfileOf('EUR/USD')).toMatchObject({ assetClass: 'fx', price: 1.08, currency: 'USD', ticksPerUnit: 100_000 });
  });

  it('derives a stable, plausible profile from the symbol alone for unknown symbols', () => {
    const invented = symbolProfileOf('ZZZQ');
    expect(symbolProfileOf('zzzq')).toEqual(invented);
    expect(invented.price).toBeGreaterThanOrEqual(8);
    expect(invented.price).toBeLessThanOrEqual(500);
    expect(invented.volatility).toBeGreaterThanOrEqual(0.22);
    expect(invented.name).toBe('ZZZQ (simulated)');
    expect(symbolProfileOf('ZZZR').price).not.toBe(invented.price);
    expect(symbolProfileOf('JPY=X')).toMatchObject({ name: 'USD/JPY', price: 150, currency: 'JPY', ticksPerUnit: 1_000 });
    expect(symbolProfileOf('NOKSEK=X').price).toBeCloseTo(0.093 / 0.095, 10);
    expect(symbolProfileOf('^XYZ')).toMatchObject({ type: 'index', exchange: null, sector: null });
  });

  it('names what is wrong with a symbol it cannot simulate', () => {
    expect(() => normalizeSymbol('two words')).toThrow('symbol "two words" is not a ticker');
    expect(() => symbolProfileOf('ABCXYZ=X')).toThrow('currency "ABC" has no reference rate in the simulator');
  });
});
