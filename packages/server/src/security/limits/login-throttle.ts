import {
  accountThrottleKey,
  ipThrottleKey,
  loginBackoffPolicy,
  loginBackoffWaitMs,
  loginThrottleVerdict,
  type LoginBackoffPolicy,
  type LoginThrottleVerdict,
  type LoginThrottling,
} from './login-throttling.js';

export type { LoginThrottleVerdict } from './login-throttling.js';

/** Options of {@link LoginThrottle}; every field has a default. */
export interface LoginThrottleOptions extends Partial<LoginBackoffPolicy> {
  /** Clock in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
  /** Most counters kept (accounts and IPs together); the least recently touched go first (default 100,000). */
  readonly maxEntries?: number;
}

interface FailureCounter {
  failures: number;
  lastFailureMs: number;
}

// Expired counters removed per write, so stale ones leave without a timer and without a full scan.
const SWEEP_PER_WRITE = 8;

/**
 * Slows down password guessing with an exponential backoff of failed logins per account
 * (lower-cased e-mail) and per IP address. After n failures, n beyond the free ones, the next try
 * waits until `lastFailure + min(maxDelay, baseDelay * 2^(n - free - 1))`; the wait is capped, so
 * an account is never locked for good, and counters whose last failure is older than
 * `forgetAfterMs` are dropped. Memory is bounded by `maxEntries` counters (least recently touched
 * evicted), each of bounded size, whatever e-mails and addresses a flood brings.
 *
 * Kept in process memory: a restart or a second server process starts from zero, which is
 * acceptable for a backoff (it only has to make guessing slow, not impossible to retry). Scaled
 * out, `RedisLoginThrottle` counts the same way for every node. The methods are async only to
 * share the {@link LoginThrottling} interface with it; they do their work at once.
 */
export class LoginThrottle implements LoginThrottling {
  private readonly now: () => number;
  private readonly policy: LoginBackoffPolicy;
  private readonly maxEntries: number;
  // A Map iterates in insertion order; re-inserting on every touch makes its first key the least recently touched.
  private readonly counters = new Map<string, FailureCounter>();

  constructor(options: LoginThrottleOptions = {}) {
    this.now = options.now ?? Date.now;
    this.policy = loginBackoffPolicy(options);
    this.maxEntries = Math.max(2, options.maxEntries ?? 100_000);
  }

  /** How many counters are kept (accounts and IPs together). */
  get size(): number {
    return this.counters.size;
  }

  /** Whether a login for `email` from `ip` may be tried now; when both are blocked, the longer wait is reported. */
  async check(email: string, ip: string): Promise<LoginThrottleVerdict> {
    const now = this.now();
    const accountWait = this.waitOf(accountThrottleKey(email), this.policy.freeAttemptsPerAccount, now);
    const ipWait = this.waitOf(ipThrottleKey(ip), this.policy.freeAttemptsPerIp, now);
    return loginThrottleVerdict(accountWait, ipWait);
  }

  /** Counts a failed login (wrong password or unknown account) against both the account and the IP. */
  async recordFailure(email: string, ip: string): Promise<void> {
    const now = this.now();
    this.addFailure(accountThrottleKey(email), now);
    this.addFailure(ipThrottleKey(ip), now);
    this.sweep(now);
  }

  /**
   * Clears the account's counter after a successful login. The IP's counter is left alone on
   * purpose: otherwise an attacker could log into an account of their own between guesses and
   * so reset the counter of the address they spray guesses at other accounts from. A shared
   * address (office NAT) with one user mistyping keeps its count until it is forgotten, which
   * costs at most the per-IP backoff and only after `freeAttemptsPerIp` failures.
   */
  async recordSuccess(email: string, _ip: string): Promise<void> {
    this.counters.delete(accountThrottleKey(email));
  }

  private waitOf(key: string, freeAttempts: number, now: number): number {
    const counter = this.live(key, now);
    return counter === undefined ? 0 : loginBackoffWaitMs(counter.failures, counter.lastFailureMs, freeAttempts, this.policy, now);
  }

  /** The key's counter unless it is forgotten; touching it marks it as recently used. */
  private live(key: string, now: number): FailureCounter | undefined {
    const counter = this.counters.get(key);
    if (counter === undefined) return undefined;
    this.counters.delete(key);
    if (now - counter.lastFailureMs >= this.policy.forgetAfterMs) return undefined;
    this.counters.set(key, counter);
    return counter;
  }

  private addFailure(key: string, now: number): void {
    const counter = this.live(key, now);
    if (counter !== undefined) {
      counter.failures += 1;
      counter.lastFailureMs = now;
      return;
    }
    while (this.counters.size >= this.maxEntries) {
      const oldest = this.counters.keys().next();
      if (oldest.done === true) break;
      this.counters.delete(oldest.value);
    }
    this.counters.set(key, { failures: 1, lastFailureMs: now });
  }

  private sweep(now: number): void {
    let inspected = 0;
    for (const [key, counter] of this.counters) {
      if (inspected >= SWEEP_PER_WRITE) return;
      inspected += 1;
      if (now - counter.lastFailureMs >= this.policy.forgetAfterMs) this.counters.delete(key);
    }
  }
}
