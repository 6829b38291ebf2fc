import { describe, expect, it } from 'vitest';
import { symbolClass } from './symbol-class.js';

describe('symbolClass', () => {
  it.each([
    ['AAPL', 'equity'],
    ['BRK-B', 'equity'],
    ['BRK.B', 'equity'],
    ['spy', 'equity'],
    ['^GSPC', 'index'],
    ['^VIX', 'index'],
    ['$SPX', 'index'],
    ['I:NDX', 'index'],
    ['EURUSD=X', 'fx'],
    ['EUR/USD', 'fx'],
    ['GBPJPY', 'fx'],
    ['C:EURUSD', 'fx'],
    ['BTC-USD', 'crypto'],
    ['PEPE-USD', 'crypto'],
    ['ETH/USDT', 'crypto'],
    ['BTCUSDT', 'crypto'],
    ['SOLFDUSD', 'crypto'],
    ['BTCUSD', 'crypto'],
    ['X:BTCUSD', 'crypto'],
  ])('classifies %s as %s', (symbol, expected) => {
    expect(symbolClass(symbol)).toBe(expected);
  });
});
