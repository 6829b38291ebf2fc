import type { ChainClock } from './chain-clock.js';

/** `closed`: calls pass; `open`: calls are refused; `half-open`: one trial call decides. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** When a circuit opens and how long it stays open. */
export interface CircuitBreakerOptions {
  /** Consecutive retryable failures that open the circuit. */
  readonly failureThreshold: number;
  /** How long an open circuit refuses calls before it lets one trial call through, in ms. */
  readonly coolDownMs: number;
}

/** A circuit's state for metrics and the admin view. */
export interface CircuitSnapshot {
  readonly state: CircuitState;
  /** Consecutive retryable failures so far. */
  readonly failures: number;
  /** When the circuit last opened (epoch ms), `null` while closed. */
  readonly openedAt: number | null;
}

/**
 * A circuit breaker for one provider: closed → open after `failureThreshold` consecutive retryable
 * failures → half-open after `coolDownMs` → closed again when the one trial call succeeds, open again
 * when it fails. Answers that are not outages (not-found, bad-request, ...) neither trip nor heal it.
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly options: CircuitBreakerOptions,
    private readonly clock: ChainClock,
  ) {
    if (!Number.isInteger(options.failureThreshold) || options.failureThreshold < 1) {
      throw new RangeError(`circuitBreaker.failureThreshold must be a positive integer, got ${options.failureThreshold}`);
    }
    if (!Number.isFinite(options.coolDownMs) || options.coolDownMs < 0) {
      throw new RangeError(`circuitBreaker.coolDownMs must be a non-negative number of milliseconds, got ${options.coolDownMs}`);
    }
  }

  /** Asks to make a call; true means go ahead (and report the outcome), false means skip this provider. */
  tryAcquire(): boolean {
    if (this.current === 'closed') return true;
    if (this.current === 'open') {
      if (!this.coolDownOver()) return false;
      this.current = 'half-open';
    }
    if (this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** The call succeeded: the provider works. */
  recordSuccess(): void {
    this.current = 'closed';
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  /** The call failed with an outage (5xx, timeout, 429, malformed answer). */
  recordFailure(): void {
    this.failures += 1;
    if (this.current === 'half-open' || this.failures >= this.options.failureThreshold) {
      this.current = 'open';
      this.openedAt = this.clock.now();
    }
    this.trialInFlight = false;
  }

  /** The call ended without telling whether the provider is healthy (a not-found, an abort, no rate-limit token). */
  release(): void {
    this.trialInFlight = false;
  }

  /** The state as a caller would meet it now: an open circuit whose cool-down is over reads half-open. */
  snapshot(): CircuitSnapshot {
    const state = this.current === 'open' && this.coolDownOver() ? 'half-open' : this.current;
    return { state, failures: this.failures, openedAt: this.openedAt };
  }

  private coolDownOver(): boolean {
    return this.openedAt !== null && this.clock.now() - this.openedAt >= this.options.coolDownMs;
  }
}
