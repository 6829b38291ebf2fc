import { createHash } from 'node:crypto';
import { normalizeIP } from '@fastify/rate-limit';

/** The verdict of {@link LoginThrottling.check}: go ahead, or wait `retryAfterMs` because of the account's or the IP's failures. */
export type LoginThrottleVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number; readonly scope: 'account' | 'ip' };

/**
 * Slows down password guessing: failed logins are counted per account and per IP address, and past the free
 * attempts each further try waits longer. In process memory (`LoginThrottle`) or shared by every node (Redis).
 */
export interface LoginThrottling {
  /** Whether a login for `email` from `ip` may be tried now; when both are blocked, the longer wait is reported. */
  check(email: string, ip: string): Promise<LoginThrottleVerdict>;
  /** Counts a failed login (wrong password or unknown account) against both the account and the IP. */
  recordFailure(email: string, ip: string): Promise<void>;
  /** Clears the account's counter after a successful login (the IP's stays: see `LoginThrottle.recordSuccess`). */
  recordSuccess(email: string, ip: string): Promise<void>;
}

/** The backoff every {@link LoginThrottling} applies; each field has a default (see {@link loginBackoffPolicy}). */
export interface LoginBackoffPolicy {
  /** Failed logins of one account before it is slowed down (default 5). */
  readonly freeAttemptsPerAccount: number;
  /** Failed logins from one IP address before it is slowed down (default 20). */
  readonly freeAttemptsPerIp: number;
  /** Wait after the first failure beyond the free ones; doubles with each further failure (default 1 s). */
  readonly baseDelayMs: number;
  /** Longest wait (default 15 min): there is no permanent lockout. */
  readonly maxDelayMs: number;
  /** A counter whose last failure is older than this starts again from zero (default 24 h). */
  readonly forgetAfterMs: number;
}

/** The policy with the defaults filled in. */
export function loginBackoffPolicy(options: Partial<LoginBackoffPolicy> = {}): LoginBackoffPolicy {
  return {
    freeAttemptsPerAccount: options.freeAttemptsPerAccount ?? 5,
    freeAttemptsPerIp: options.freeAttemptsPerIp ?? 20,
    baseDelayMs: options.baseDelayMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 15 * 60 * 1000,
    forgetAfterMs: options.forgetAfterMs ?? 24 * 60 * 60 * 1000,
  };
}

// 2^52 already exceeds any sensible maxDelay; capping the exponent keeps the arithmetic finite.
const LARGEST_EXPONENT = 52;
// RFC 5321 caps an address at 254 characters; anything longer is hashed so that a flood of huge
// "e-mails" costs a bounded number of bytes per counter, not just a bounded number of counters.
const LONGEST_KEPT_KEY = 320;

/**
 * How long a counter of `failures`, the last at `lastFailureMs`, makes the next try wait at `now`: after n
 * failures, n beyond the free ones, until `lastFailure + min(maxDelay, baseDelay * 2^(n - free - 1))`. A counter
 * whose last failure is `forgetAfterMs` old counts as none.
 */
export function loginBackoffWaitMs(failures: number, lastFailureMs: number, freeAttempts: number, policy: LoginBackoffPolicy, now: number): number {
  if (failures <= freeAttempts || now - lastFailureMs >= policy.forgetAfterMs) return 0;
  const exponent = Math.min(failures - freeAttempts - 1, LARGEST_EXPONENT);
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.max(0, lastFailureMs + delay - now);
}

/** The verdict from the account's and the IP's waits: allowed when neither waits, else the longer wait. */
export function loginThrottleVerdict(accountWaitMs: number, ipWaitMs: number): LoginThrottleVerdict {
  if (accountWaitMs <= 0 && ipWaitMs <= 0) return { allowed: true };
  return accountWaitMs >= ipWaitMs ? { allowed: false, retryAfterMs: accountWaitMs, scope: 'account' } : { allowed: false, retryAfterMs: ipWaitMs, scope: 'ip' };
}

/** The counter key of an account: the trimmed, lower-cased e-mail (hashed when absurdly long). */
export function accountThrottleKey(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (normalized.length <= LONGEST_KEPT_KEY) return `account:${normalized}`;
  return `account#${createHash('sha256').update(normalized).digest('hex')}`;
}

/** The counter key of an address; as for the request rate limit, an IPv6 client owns a whole /64 and counts as one. */
export function ipThrottleKey(ip: string): string {
  const normalized = normalizeIP(ip);
  if (normalized.length <= LONGEST_KEPT_KEY) return `ip:${normalized}`;
  return `ip#${createHash('sha256').update(normalized).digest('hex')}`;
}
