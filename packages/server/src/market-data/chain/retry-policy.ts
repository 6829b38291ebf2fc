/** How often and how long one provider call is retried after a retryable failure. */
export interface RetryPolicy {
  /** Attempts per provider and call, the first included. */
  readonly maxAttempts: number;
  /** Backoff before the second attempt; doubles for each further one. */
  readonly baseDelayMs: number;
  /** Upper bound of one backoff. */
  readonly maxDelayMs: number;
  /** Time budget of all attempts and waits at one provider; a wait that would exceed it is not made. */
  readonly maxTotalMs: number;
}

/** Three attempts, 250 ms then 500 ms (± jitter), at most 10 s per provider. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 4_000, maxTotalMs: 10_000 };

/** Checks a retry policy, naming the field at fault. */
export function checkRetryPolicy(policy: RetryPolicy): RetryPolicy {
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw new RangeError(`retry.maxAttempts must be a positive integer, got ${policy.maxAttempts}`);
  for (const field of ['baseDelayMs', 'maxDelayMs', 'maxTotalMs'] as const) {
    const value = policy[field];
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`retry.${field} must be a non-negative number of milliseconds, got ${value}`);
  }
  return policy;
}

/**
 * The wait before attempt `attempt + 1` after `attempt` failed: exponential, capped, with "equal
 * jitter" (half fixed, half random) so clients that failed together do not retry together, yet never
 * retry immediately. `random` is uniform in [0, 1).
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
