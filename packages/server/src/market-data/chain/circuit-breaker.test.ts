import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';
import { VirtualClock } from './virtual-clock.test-support.js';

const T0 = Date.UTC(2024, 0, 2, 14, 30);

describe('CircuitBreaker', () => {
  it('opens only after the threshold of consecutive failures; a success in between starts the count again', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000 }, new VirtualClock(T0));
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.snapshot()).toEqual({ state: 'closed', failures: 2, openedAt: null });
    breaker.recordFailure();
    expect(breaker.snapshot()).toEqual({ state: 'open', failures: 3, openedAt: T0 });
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('lets exactly one trial through after the cool-down; a released trial frees the slot without closing', () => {
    const clock = new VirtualClock(T0);
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 10_000 }, clock);
    breaker.recordFailure();
    clock.advance(9_999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.snapshot().state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.release();
    expect(breaker.snapshot().state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.snapshot()).toEqual({ state: 'closed', failures: 0, openedAt: null });
  });

  it('reopens, restarting the cool-down, when the trial fails', () => {
    const clock = new VirtualClock(T0);
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 10_000 }, clock);
    breaker.recordFailure();
    breaker.recordFailure();
    clock.advance(10_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.snapshot()).toEqual({ state: 'open', failures: 3, openedAt: T0 + 10_000 });
    clock.advance(5_000);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('refuses settings that could never open or close, naming the field', () => {
    const clock = new VirtualClock(T0);
    expect(() => new CircuitBreaker({ failureThreshold: 0, coolDownMs: 1_000 }, clock)).toThrow('circuitBreaker.failureThreshold must be a positive integer, got 0');
    expect(() => new CircuitBreaker({ failureThreshold: 3, coolDownMs: -1 }, clock)).toThrow('circuitBreaker.coolDownMs must be a non-negative number of milliseconds, got -1');
  });
});
