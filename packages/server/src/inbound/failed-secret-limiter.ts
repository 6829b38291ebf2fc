import { ipThrottleKey } from '../security/limits/login-throttling.js';

/** Options of {@link FailedSecretLimiter}; every field has a default. */
export interface FailedSecretLimiterOptions {
  /** Wrong secrets one address may send per window before it is refused (default 10). */
  readonly maxFailures?: number;
  /** Length of the window, ms (default 10 minutes). */
  readonly windowMs?: number;
  /** Most addresses tracked; the least recently failing are forgotten first (default 10,000). */
  readonly maxEntries?: number;
  /** Clock in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
}

/** Whether an address may try a secret now. */
export type SecretAttemptVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Window {
  readonly startedAt: number;
  failures: number;
}

/**
 * Slows down guessing of webhook secrets: an address that sent `maxFailures` unknown secrets within a window is
 * refused until the window ends. Only failures count, so TradingView's few sending addresses, shared by every user's
 * alerts, are never held back by correct ones. Kept in process memory: each node of a scaled-out install counts on
 * its own, which only multiplies the allowance by the node count (secrets have 256 bits; this keeps logs and the
 * database quiet rather than the secrets safe).
 */
export class FailedSecretLimiter {
  readonly #maxFailures: number;
  readonly #windowMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  // A Map iterates in insertion order; re-inserting on every failure makes its first key the least recently failing.
  readonly #windows = new Map<string, Window>();

  constructor(options: FailedSecretLimiterOptions = {}) {
    this.#maxFailures = options.maxFailures ?? 10;
    this.#windowMs = options.windowMs ?? 10 * 60_000;
    this.#maxEntries = Math.max(1, options.maxEntries ?? 10_000);
    this.#now = options.now ?? Date.now;
  }

  /** Whether `ip` may try a secret now. */
  check(ip: string): SecretAttemptVerdict {
    const now = this.#now();
    const window = this.#live(ipThrottleKey(ip), now);
    if (window === undefined || window.failures < this.#maxFailures) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + this.#windowMs - now) / 1000)) };
  }

  /** Counts an unknown or missing secret sent from `ip`. */
  recordFailure(ip: string): void {
    const now = this.#now();
    const key = ipThrottleKey(ip);
    const window = this.#live(key, now) ?? { startedAt: now, failures: 0 };
    window.failures += 1;
    this.#windows.delete(key);
    this.#windows.set(key, window);
    if (this.#windows.size > this.#maxEntries) {
      const oldest = this.#windows.keys().next();
      if (oldest.done !== true) this.#windows.delete(oldest.value);
    }
  }

  #live(key: string, now: number): Window | undefined {
    const window = this.#windows.get(key);
    if (window === undefined) return undefined;
    if (now - window.startedAt < this.#windowMs) return window;
    this.#windows.delete(key);
    return undefined;
  }
}
