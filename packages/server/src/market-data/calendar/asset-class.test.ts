import { describe, expect, it } from 'vitest';
import { assetClassOf } from './asset-class.js';

describe('assetClassOf', () => {
  it('classifies dash, slash and concatenated crypto pairs as crypto', () => {
    for (const symbol of ['BTC-USD', 'eth-usd', 'ETH/USDT', 'BTCUSDT', 'SOLUSDC', 'ETHBTC', 'PEPE/USDT', 'NEWCOIN-USDT', 'DOGE/EUR']) {
      expect(assetClassOf(symbol), symbol).toBe('crypto');
    }
  });

  it('classifies Yahoo currency symbols and fiat slash pairs as fx', () => {
    for (const symbol of ['EURUSD=X', 'usdjpy=x', 'JPY=X', 'EUR/USD', 'GBP/JPY']) expect(assetClassOf(symbol), symbol).toBe('fx');
  });

  it('classifies stocks, ETFs, share classes and indices as equity', () => {
    for (const symbol of ['AAPL', 'SPY', 'BRK-B', 'BRK.B', '^GSPC', 'QQQ', 'USD', 'ABCDUSD']) {
      expect(assetClassOf(symbol), symbol).toBe('equity');
    }
  });
});
