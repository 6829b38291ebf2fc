import { describe, expect, it } from 'vitest';
import type { SharedCache } from './shared-cache.js';

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** The behaviour every {@link SharedCache} shares; `open` gives a fresh, empty cache on the real clock. */
export function describeSharedCache(name: string, open: () => Promise<SharedCache>): void {
  describe(`${name} (shared cache contract)`, () => {
    it('answers what was stored, as a JSON copy, and a miss for what was not', async () => {
      const cache = await open();
      const quote = { symbol: 'AAPL', price: 189.25, at: new Date('2024-05-01T20:00:00.000Z'), note: undefined, tags: ['us', null] };
      await cache.set('quote:AAPL', quote, 60_000);
      const cached = await cache.get<Record<string, unknown>>('quote:AAPL');
      expect(cached).toEqual({ symbol: 'AAPL', price: 189.25, at: '2024-05-01T20:00:00.000Z', tags: ['us', null] });
      // A copy: changing what was stored or what came back changes nothing cached.
      quote.price = 1;
      if (cached !== undefined) cached.price = 2;
      expect(await cache.get('quote:AAPL')).toMatchObject({ price: 189.25 });
      expect(await cache.get('quote:MSFT')).toBeUndefined();
    });

    it('keeps every JSON value, telling a cached null from a miss', async () => {
      const cache = await open();
      const values: [string, unknown][] = [['null', null], ['zero', 0], ['false', false], ['empty', ''], ['list', [1, 'two', { three: 3 }]], ['text', 'ünïcode ✓']];
      for (const [key, value] of values) await cache.set(key, value, 60_000);
      for (const [key, value] of values) expect(await cache.get(key)).toEqual(value);
    });

    it('forgets an entry once its lifetime has passed, each entry on its own', async () => {
      const cache = await open();
      await cache.set('short', 'a', 40);
      await cache.set('long', 'b', 60_000);
      expect(await cache.get('short')).toBe('a');
      await sleep(80);
      expect(await cache.get('short')).toBeUndefined();
      expect(await cache.get('long')).toBe('b');
    });

    it('replaces an entry, value and lifetime, when it is stored again', async () => {
      const cache = await open();
      await cache.set('key', 'old', 40);
      await cache.set('key', 'new', 60_000);
      await sleep(80);
      expect(await cache.get('key')).toBe('new');
    });

    it('forgets an entry on delete, and deleting a missing one is harmless', async () => {
      const cache = await open();
      await cache.set('key', { a: 1 }, 60_000);
      await cache.delete('key');
      await cache.delete('never-set');
      expect(await cache.get('key')).toBeUndefined();
    });

    it('refuses a lifetime that is not a positive number and a value JSON cannot carry, naming the key, caching nothing', async () => {
      const cache = await open();
      await expect(cache.set('key', 1, 0)).rejects.toThrow('cache ttlMs must be a positive number of milliseconds, got 0 (key "key")');
      await expect(cache.set('key', 1, Number.NaN)).rejects.toThrow('got NaN');
      await expect(cache.set('key', undefined, 1000)).rejects.toThrow('cache value of key "key" cannot be written as JSON (got undefined)');
      await expect(cache.set('key', 10n, 1000)).rejects.toThrow(/BigInt/);
      expect(await cache.get('key')).toBeUndefined();
    });
  });
}
