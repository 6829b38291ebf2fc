/**
 * Shares one run of identical concurrent work: while work for a key is in flight, callers asking for
 * the same key get the same promise instead of starting it again.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  /**
   * The result of `work` for `key`, started only if none is in flight. A caller's `signal` stops that
   * caller waiting; the shared work goes on for the others.
   */
  run(key: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let shared = this.inFlight.get(key);
    if (shared === undefined) {
      const started = new Promise<T>((resolve) => resolve(work())).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, started);
      shared = started;
    }
    return signal === undefined ? shared : untilAborted(shared, signal);
  }

  /** Keys with work in flight. */
  get size(): number {
    return this.inFlight.size;
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
