import { describe, expect, it } from 'vitest';
import { KeyedConcurrencyLimit } from './keyed-concurrency-limit.js';

function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('KeyedConcurrencyLimit', () => {
  it('lets other keys through while one key is at its limit, and runs a key’s queue in order', async () => {
    const limit = new KeyedConcurrencyLimit(3, 1);
    const started: string[] = [];
    const slow = gate();
    const run = (key: string, label: string, wait?: Promise<void>): Promise<void> =>
      limit.run(key, async () => {
        started.push(label);
        await wait;
      });
    const all = [run('a', 'a1', slow.promise), run('a', 'a2'), run('a', 'a3'), run('b', 'b1'), run('c', 'c1')];
    await Promise.all(all.slice(3));
    expect(started).toEqual(['a1', 'b1', 'c1']);
    expect(limit.queued).toBe(2);
    slow.open();
    await Promise.all(all);
    expect(started).toEqual(['a1', 'b1', 'c1', 'a2', 'a3']);
    expect(limit.queued).toBe(0);
  });

  it('never runs more than the total at once, and frees a slot when work throws', async () => {
    const limit = new KeyedConcurrencyLimit(2, 2);
    let running = 0;
    let most = 0;
    const work = (index: number) =>
      limit.run(`k${index % 3}`, async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        if (index % 4 === 0) throw new Error(`job ${index}`);
        return index;
      });
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, index) => work(index)));
    expect(most).toBe(2);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(3);
    expect(limit.queued).toBe(0);
  });

  it('refuses limits below one', () => {
    expect(() => new KeyedConcurrencyLimit(0, 1)).toThrow('total must be a positive integer, got 0');
    expect(() => new KeyedConcurrencyLimit(2, 1.5)).toThrow('perKey must be a positive integer, got 1.5');
  });
});
