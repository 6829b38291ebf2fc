import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyed-lock.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('KeyedLock', () => {
  it('runs work of one key in order and of different keys side by side', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const gate = deferred();
    const a1 = lock.run('a', async () => {
      log.push('a1 start');
      await gate.promise;
      log.push('a1 end');
    });
    const a2 = lock.run('a', async () => {
      log.push('a2');
    });
    const b1 = lock.run('b', async () => {
      log.push('b1');
    });
    await b1;
    expect(log).toEqual(['a1 start', 'b1']);
    gate.resolve();
    await Promise.all([a1, a2]);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('goes on with the next work of a key after one fails, and forgets idle keys', async () => {
    const lock = new KeyedLock();
    await expect(lock.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run('a', async () => 7)).resolves.toBe(7);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lock.size).toBe(0);
  });
});
