import { describe, expect, it } from 'vitest';
import { RecentKeys } from './recent-keys.js';

describe('RecentKeys', () => {
  it('says a key is new the first time and a repeat while it is remembered', () => {
    const keys = new RecentKeys(3);
    expect(['a', 'b', 'a', 'c', 'b'].map((key) => keys.firstSeen(key))).toEqual([true, true, false, true, false]);
    expect(keys.size).toBe(3);
  });

  it('forgets the oldest key once more than its capacity have been seen', () => {
    const keys = new RecentKeys(2);
    for (const key of ['a', 'b', 'c']) keys.firstSeen(key);
    expect(keys.size).toBe(2);
    expect(keys.firstSeen('a')).toBe(true);
    expect(keys.firstSeen('c')).toBe(false);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RecentKeys(0)).toThrow('capacity must be a positive integer, got 0');
  });
});
