import { describe, expect, it } from 'vitest';
import type { Lease } from './lease.js';
import { PeriodicChore } from './periodic-chore.js';

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
};

describe('PeriodicChore', () => {
  it('runs the first round at once and the next ones after the previous ended, never two at a time', async () => {
    let running = 0;
    let most = 0;
    let rounds = 0;
    const chore = new PeriodicChore({
      intervalMs: 1,
      run: async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        rounds++;
      },
      onError: () => undefined,
    });
    chore.start();
    chore.start();
    await until(() => rounds >= 3);
    await chore.stop();
    expect(most).toBe(1);
  });

  it('reports a failed round and goes on with the next', async () => {
    const errors: unknown[] = [];
    let rounds = 0;
    const chore = new PeriodicChore({
      intervalMs: 1,
      run: () => (++rounds === 1 ? Promise.reject(new Error('provider down')) : Promise.resolve()),
      onError: (error) => errors.push(error),
    });
    chore.start();
    await until(() => rounds >= 2);
    await chore.stop();
    expect(errors).toEqual([new Error('provider down')]);
  });

  it('cancels the round in progress on stop without calling it an error, and gives the lease up', async () => {
    const errors: unknown[] = [];
    let released = 0;
    let started = false;
    const lease: Lease = { tryHold: () => Promise.resolve(true), release: () => Promise.resolve(void released++) };
    const chore = new PeriodicChore({
      intervalMs: 1_000,
      lease,
      run: (signal) =>
        new Promise((_resolve, reject) => {
          started = true;
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
      onError: (error) => errors.push(error),
    });
    chore.start();
    await until(() => started);
    await chore.stop();
    expect({ errors, released }).toEqual({ errors: [], released: 1 });
  });

  it('skips the round on a node that does not hold the lease', async () => {
    let asked = 0;
    let rounds = 0;
    const lease: Lease = { tryHold: () => Promise.resolve(++asked < 0), release: () => Promise.resolve() };
    const chore = new PeriodicChore({ intervalMs: 1, lease, run: () => Promise.resolve(void rounds++), onError: () => undefined });
    chore.start();
    await until(() => asked >= 3);
    await chore.stop();
    expect(rounds).toBe(0);
  });
});
