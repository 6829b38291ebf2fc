import { describe, expect, it } from 'vitest';
import { combineHashes, hashBucket, hashString } from './feature-hash.js';

describe('feature hashing', () => {
  it('hashes strings with 32-bit FNV-1a (published test vectors), so saved models keep their meaning', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('tells the ordered pairs (a, b) and (b, a) apart', () => {
    const a = hashString('profit');
    const b = hashString('rose');
    expect(combineHashes(a, b)).not.toBe(combineHashes(b, a));
  });

  it('spreads words evenly over the buckets', () => {
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i++) counts[hashBucket(hashString(`word${i}`), 4)]++;
    for (const count of counts) expect(count).toBeGreaterThan(850);
    for (const count of counts) expect(count).toBeLessThan(1150);
  });
});
