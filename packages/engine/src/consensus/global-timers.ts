/** The two timer functions every JavaScript runtime we target provides. */
export interface GlobalTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface TimerScope {
  readonly setTimeout?: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout?: (handle: unknown) => void;
}

/**
 * `setTimeout`/`clearTimeout` from `globalThis`. The engine compiles with neither DOM nor Node types
 * (it runs in both), so these globals are invisible to the type checker although Node and every
 * browser define them with these signatures; this accessor is the one place that bridges the gap.
 */
export function globalTimers(): GlobalTimers {
  // Safe: only the two properties are read, and each is checked to be a function before use.
  const scope = globalThis as unknown as TimerScope;
  const set = scope.setTimeout;
  const clear = scope.clearTimeout;
  if (typeof set !== 'function' || typeof clear !== 'function') {
    throw new Error('this runtime has no setTimeout/clearTimeout; use timeoutMs: Infinity');
  }
  // Bound to globalThis because browsers reject timer calls with another receiver.
  return { setTimeout: set.bind(globalThis), clearTimeout: clear.bind(globalThis) };
}
