import { createHash } from 'node:crypto';
import { normalizeIP } from '@fastify/rate-limit';

/** Options of {@link LoginThrottle}; every field has a default. */
export interface LoginThrottleOptions {
  /** Clock in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
  /** Failed logins of one account before it is slowed down (default 5). */
  readonly freeAttemptsPerAccount?: number;
  /** Failed logins from one IP address before it is slowed down (default 20). */
  readonly freeAttemptsPerIp?: number;
  /** Wait after the first failure beyond the free ones; doubles with each further failure (default 1 s). */
  readonly baseDelayMs?: number;
  /** Longest wait (default 15 min): there is no permanent lockout. */
  readonly maxDelayMs?: number;
  /** A counter whose last failure is older than this starts again from zero (default 24 h). */
  readonly forgetAfterMs?: number;
  /** Most counters kept (accounts and IPs together); the least recently touched go first (default 100,000). */
  readonly maxEntries?: number;
}

/** The verdict of {@link LoginThrottle.check}: go ahead, or wait `retryAfterMs` because of the account's or the IP's failures. */
export type LoginThrottleVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number; readonly scope: 'account' | 'ip' };

interface FailureCounter {
  failures: number;
  lastFailureMs: number;
}

// RFC 5321 caps an address at 254 characters; anything longer is hashed so that a flood of huge
// "e-mails" costs a bounded number of bytes per counter, not just a bounded number of counters.
const LONGEST_KEPT_EMAIL = 320;
// 2^52 already exceeds any sensible maxDelay; capping the exponent keeps the arithmetic finite.
const LARGEST_EXPONENT = 52;
// Expired counters removed per write, so stale ones leave without a timer and without a full scan.
const SWEEP_PER_WRITE = 8;

function accountKey(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (normalized.length <= LONGEST_KEPT_EMAIL) return `account:${normalized}`;
  return `account#${createHash('sha256').update(normalized).digest('hex')}`;
}

function ipKey(ip: string): string {
  // Same grouping as the request rate limit: an IPv6 client owns a whole /64, so it counts as one address.
  const normalized = normalizeIP(ip);
  if (normalized.length <= LONGEST_KEPT_EMAIL) return `ip:${normalized}`;
  return `ip#${createHash('sha256').update(normalized).digest('hex')}`;
}

/**
 * Slows down password guessing with an exponential backoff of failed logins per account
 * (lower-cased e-mail) and per IP address. After n failures, n beyond the free ones, the next try
 * waits until `lastFailure + min(maxDelay, baseDelay * 2^(n - free - 1))`; the wait is capped, so
 * an account is never locked for good, and counters whose last failure is older than
 * `forgetAfterMs` are dropped. Memory is bounded by `maxEntries` counters (least recently touched
 * evicted), each of bounded size, whatever e-mails and addresses a flood brings.
 *
 * Kept in process memory: a restart or a second server process starts from zero, which is
 * acceptable for a backoff (it only has to make guessing slow, not impossible to retry).
 */
export class LoginThrottle {
  private readonly now: () => number;
  private readonly freeAttemptsPerAccount: number;
  private readonly freeAttemptsPerIp: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxEntries: number;
  // A Map iterates in insertion order; re-inserting on every touch makes its first key the least recently touched.
  private readonly counters = new Map<string, FailureCounter>();

  constructor(options: LoginThrottleOptions = {}) {
    this.now = options.now ?? Date.now;
    this.freeAttemptsPerAccount = options.freeAttemptsPerAccount ?? 5;
    this.freeAttemptsPerIp = options.freeAttemptsPerIp ?? 20;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 15 * 60 * 1000;
    this.forgetAfterMs = options.forgetAfterMs ?? 24 * 60 * 60 * 1000;
    this.maxEntries = Math.max(2, options.maxEntries ?? 100_000);
  }

  /** How many counters are kept (accounts and IPs together). */
  get size(): number {
    return this.counters.size;
  }

  /** Whether a login for `email` from `ip` may be tried now; when both are blocked, the longer wait is reported. */
  check(email: string, ip: string): LoginThrottleVerdict {
    const now = this.now();
    const accountWait = this.waitOf(accountKey(email), this.freeAttemptsPerAccount, now);
    const ipWait = this.waitOf(ipKey(ip), this.freeAttemptsPerIp, now);
    if (accountWait <= 0 && ipWait <= 0) return { allowed: true };
    return accountWait >= ipWait ? { allowed: false, retryAfterMs: accountWait, scope: 'account' } : { allowed: false, retryAfterMs: ipWait, scope: 'ip' };
  }

  /** Counts a failed login (wrong password or unknown account) against both the account and the IP. */
  recordFailure(email: string, ip: string): void {
    const now = this.now();
    this.addFailure(accountKey(email), now);
    this.addFailure(ipKey(ip), now);
    this.sweep(now);
  }

  /**
   * Clears the account's counter after a successful login. The IP's counter is left alone on
   * purpose: otherwise an attacker could log into an account of their own between guesses and
   * so reset the counter of the address they spray guesses at other accounts from. A shared
   * address (office NAT) with one user mistyping keeps its count until it is forgotten, which
   * costs at most the per-IP backoff and only after `freeAttemptsPerIp` failures.
   */
  recordSuccess(email: string, _ip: string): void {
    this.counters.delete(accountKey(email));
  }

  private waitOf(key: string, freeAttempts: number, now: number): number {
    const counter = this.live(key, now);
    if (counter === undefined || counter.failures <= freeAttempts) return 0;
    const exponent = Math.min(counter.failures - freeAttempts - 1, LARGEST_EXPONENT);
    const delay = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** exponent);
    return Math.max(0, counter.lastFailureMs + delay - now);
  }

  /** The key's counter unless it is forgotten; touching it marks it as recently used. */
  private live(key: string, now: number): FailureCounter | undefined {
    const counter = this.counters.get(key);
    if (counter === undefined) return undefined;
    this.counters.delete(key);
    if (now - counter.lastFailureMs >= this.forgetAfterMs) return undefined;
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
      if (now - counter.lastFailureMs >= this.forgetAfterMs) this.counters.delete(key);
    }
  }
}
