import { describe, expect, it } from 'vitest';
import { InProcessSharedCache } from './in-process-shared-cache.js';
import { describeSharedCache } from './shared-cache.contract.test-support.js';

describeSharedCache('InProcessSharedCache', async () => new InProcessSharedCache());

describe('InProcessSharedCache (in process memory)', () => {
  it('keeps at most maxEntries, dropping the oldest written first', async () => {
    const cache = new InProcessSharedCache({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await cache.set(key, key, 60_000);
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((key) => cache.get(key)))).toEqual([undefined, 'b', 'c', 'd']);
  });

  it('expires entries on its clock, to the millisecond', async () => {
    let now = 1_000;
    const cache = new InProcessSharedCache({ now: () => now });
    await cache.set('key', 'value', 500);
    now += 499;
    expect(await cache.get('key')).toBe('value');
    now += 1;
    expect(await cache.get('key')).toBeUndefined();
  });
});
