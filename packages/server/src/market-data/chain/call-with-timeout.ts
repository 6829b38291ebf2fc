import { ProviderError } from '../provider-error.js';
import type { ChainClock } from './chain-clock.js';

/** The chain stopped waiting for a provider: an outage like any `unavailable`, reported as a timeout. */
export class ProviderTimeoutError extends ProviderError {
  constructor(provider: string, operation: string, timeoutMs: number) {
    super(provider, 'unavailable', `${operation} timed out after ${timeoutMs} ms`);
    this.name = 'ProviderTimeoutError';
  }
}

/** Where and how long {@link callWithTimeout} lets a call run. */
export interface TimeoutOptions {
  readonly provider: string;
  /** Named in the timeout message, e.g. `quote AAPL`. */
  readonly operation: string;
  readonly timeoutMs: number;
  readonly clock: ChainClock;
  /** The caller's signal: aborting it aborts the call and rejects with its reason. */
  readonly signal?: AbortSignal;
}

/**
 * Runs `call` with a signal that fires after `timeoutMs` (rejecting with a
 * {@link ProviderTimeoutError}) or when the caller aborts. The returned promise settles then even if the provider
 * ignores its signal, so a hung source cannot hold the chain.
 */
export async function callWithTimeout<T>(call: (signal: AbortSignal) => Promise<T>, options: TimeoutOptions): Promise<T> {
  const { signal } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const timer = new AbortController();
  let onCallerAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    options.clock.sleep(options.timeoutMs, timer.signal).then(
      () => {
        const error = new ProviderTimeoutError(options.provider, options.operation, options.timeoutMs);
        controller.abort(error);
        reject(error);
      },
      // The timer is aborted once the call settled: nothing to report.
      () => undefined,
    );
    onCallerAbort = () => {
      controller.abort(signal?.reason);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onCallerAbort, { once: true });
  });
  try {
    return await Promise.race([call(controller.signal), stopped]);
  } finally {
    timer.abort();
    if (onCallerAbort !== undefined) signal?.removeEventListener('abort', onCallerAbort);
  }
}
