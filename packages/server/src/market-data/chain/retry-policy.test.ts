import { describe, expect, it } from 'vitest';
import { backoffDelay, checkRetryPolicy, DEFAULT_RETRY_POLICY } from './retry-policy.js';

describe('backoffDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 200, maxDelayMs: 1_000 };

  it('doubles per attempt up to the cap, with half of each wait fixed and half random', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, policy, () => 0))).toEqual([100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, policy, () => 0.999_999))).toEqual([200, 400, 800, 1_000, 1_000]);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(300);
  });
});

describe('checkRetryPolicy', () => {
  it('refuses a policy that allows no attempt or a negative wait, naming the field', () => {
    expect(() => checkRetryPolicy({ ...DEFAULT_RETRY_POLICY, maxAttempts: 0 })).toThrow('retry.maxAttempts must be a positive integer, got 0');
    expect(() => checkRetryPolicy({ ...DEFAULT_RETRY_POLICY, maxTotalMs: Number.NaN })).toThrow('retry.maxTotalMs must be a non-negative number of milliseconds, got NaN');
  });
});
