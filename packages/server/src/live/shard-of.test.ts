import { describe, expect, it } from 'vitest';
import { shardOf } from './shard-of.js';

describe('shardOf', () => {
  it('puts a symbol on the same shard every time, within range', () => {
    expect(shardOf('AAPL', 2)).toBe(shardOf('AAPL', 2));
    expect(shardOf('AAPL', 1)).toBe(0);
    for (const symbol of ['AAPL', 'MSFT', 'BTC/USDT', 'EURUSD=X', 'é']) {
      const shard = shardOf(symbol, 3);
      expect(Number.isInteger(shard) && shard >= 0 && shard < 3).toBe(true);
    }
  });

  it('spreads many symbols about evenly', () => {
    const counts = [0, 0];
    for (let i = 0; i < 5_000; i++) counts[shardOf(`S${i}`, 2)]++;
    expect(Math.min(...counts)).toBeGreaterThan(2_300);
  });
});
