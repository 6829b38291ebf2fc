import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { affordableUnits, unitPlacesOf } from './tradable-units.js';

describe('unitPlacesOf', () => {
  it('allows 8 decimals for crypto pairs and whole units for everything else', () => {
    const places = Object.fromEntries(['AAPL', 'BRK-B', 'SPY', 'EURUSD=X', 'BTC-USD', 'ETH/USDT', 'BTCUSDT', 'SOL-USD'].map((symbol) => [symbol, unitPlacesOf(symbol)]));
    expect(places).toEqual({ AAPL: 0, 'BRK-B': 0, SPY: 0, 'EURUSD=X': 0, 'BTC-USD': 8, 'ETH/USDT': 8, BTCUSDT: 8, 'SOL-USD': 8 });
  });
});

describe('affordableUnits', () => {
  const units = (budget: string, price: string, places: number) => affordableUnits(Decimal.parse(budget), Decimal.parse(price), places).toString();

  it('rounds down, also where rounding to the nearest would overspend', () => {
    expect(units('100', '3', 0)).toBe('33');
    // 101 / 2 = 50.5 rounds half up to 51, which would cost 102.
    expect(units('101', '2', 0)).toBe('50');
    expect(units('10000', '64321.5', 8)).toBe('0.15546901');
    expect(units('1', '3', 8)).toBe('0.33333333');
  });

  it('buys nothing with no budget, a budget below one unit, or no price', () => {
    expect(units('0', '10', 0)).toBe('0');
    expect(units('9.99', '10', 0)).toBe('0');
    expect(units('-5', '10', 8)).toBe('0');
    expect(units('100', '0', 0)).toBe('0');
  });
});
