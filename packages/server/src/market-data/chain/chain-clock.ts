/**
 * Time as the provider chain sees it. Injected so tests run retries, cool-downs, rate-limit waits and
 * timeouts in virtual time instead of waiting for real.
 */
export interface ChainClock {
  /** The current time, epoch ms. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason (and forgets the timer) when it is aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and `setTimeout`. */
export const systemClock: ChainClock = {
  now: () => Date.now(),
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};
