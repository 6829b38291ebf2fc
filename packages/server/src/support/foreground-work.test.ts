import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ForegroundWork } from './foreground-work.js';

/** A foreground job that runs until `finish` is called. */
function openJob(work: ForegroundWork): { readonly done: Promise<string>; readonly finish: () => void } {
  let finish = (): void => undefined;
  const done = work.run(() => new Promise<string>((resolve) => (finish = () => resolve('job result'))));
  return { done, finish: () => finish() };
}

/** Whether `promise` has resolved after the microtasks queued so far ran. */
async function isResolved(promise: Promise<unknown>): Promise<boolean> {
  let resolved = false;
  void promise.then(() => (resolved = true));
  await vi.advanceTimersByTimeAsync(0);
  return resolved;
}

describe('ForegroundWork', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets background work go at once when no foreground job has run', async () => {
    const work = new ForegroundWork({ settleMs: 50, now: () => Date.now() });
    expect(await isResolved(work.settled())).toBe(true);
  });

  it('holds background work while a foreground job runs and for the settle time after it ends', async () => {
    const work = new ForegroundWork({ settleMs: 50, maxWaitMs: 10_000, now: () => Date.now() });
    const job = openJob(work);
    expect(work.active).toBe(1);
    const step = work.settled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await isResolved(step)).toBe(false);
    expect(work.waiting).toBe(1);

    job.finish();
    await expect(job.done).resolves.toBe('job result');
    expect(work.active).toBe(0);
    await vi.advanceTimersByTimeAsync(49);
    expect(await isResolved(step)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isResolved(step)).toBe(true);
    expect(work.waiting).toBe(0);
  });

  it('keeps holding through a burst of jobs that follow each other within the settle time', async () => {
    const work = new ForegroundWork({ settleMs: 50, maxWaitMs: 10_000, now: () => Date.now() });
    const first = openJob(work);
    const step = work.settled();
    first.finish();
    await first.done;
    await vi.advanceTimersByTimeAsync(30);
    const second = openJob(work);
    await vi.advanceTimersByTimeAsync(100);
    expect(await isResolved(step)).toBe(false);
    second.finish();
    await second.done;
    await vi.advanceTimersByTimeAsync(50);
    expect(await isResolved(step)).toBe(true);
  });

  it('lets a background step go after maxWaitMs even while foreground work never pauses', async () => {
    const work = new ForegroundWork({ settleMs: 50, maxWaitMs: 2_000, now: () => Date.now() });
    const job = openJob(work);
    const early = work.settled();
    await vi.advanceTimersByTimeAsync(1_000);
    const late = work.settled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await isResolved(early)).toBe(true);
    expect(await isResolved(late)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await isResolved(late)).toBe(true);
    job.finish();
    await job.done;
  });

  it('passes a failing job on and still counts it as ended', async () => {
    const work = new ForegroundWork({ settleMs: 0, now: () => Date.now() });
    await expect(work.run(() => Promise.reject(new Error('provider down')))).rejects.toThrow('provider down');
    expect(work.active).toBe(0);
    expect(await isResolved(work.settled())).toBe(true);
  });

  it('refuses settings that are not durations', () => {
    expect(() => new ForegroundWork({ settleMs: -1 })).toThrow('settleMs must be a non-negative number of milliseconds, got -1');
    expect(() => new ForegroundWork({ maxWaitMs: Number.NaN })).toThrow('maxWaitMs must be a non-negative number of milliseconds, got NaN');
  });
});
