import type { MarketDataProvider } from '../market-data-provider.js';
import { ProviderError } from '../provider-error.js';
import { systemClock, type ChainClock } from './chain-clock.js';
import type { CircuitBreakerOptions, CircuitSnapshot } from './circuit-breaker.js';
import { MarketDataUnavailableError } from './market-data-unavailable-error.js';
import type { ProviderCallEvent, ProviderMethod } from './provider-call-event.js';
import type { ProviderFailure } from './provider-failure.js';
import { ProviderGate, type GateSettings } from './provider-gate.js';
import { checkRetryPolicy, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';

/** How the chain treats its providers; every field has a default. */
export interface ProviderFallbackOptions {
  /** Tried in this order (the order of `MARKET_DATA_PROVIDERS`). */
  readonly providers: readonly MarketDataProvider[];
  readonly clock?: ChainClock;
  /** Uniform in [0, 1), for backoff jitter; `Math.random` by default. */
  readonly random?: () => number;
  readonly retry?: Partial<RetryPolicy>;
  /** Default: opens after 5 consecutive failures, half-opens after 30 s. */
  readonly circuitBreaker?: Partial<CircuitBreakerOptions>;
  /** Longest one provider call may take; default 10 s. */
  readonly timeoutMs?: number;
  /** Longest a call waits for a provider's rate-limit token before trying the next provider; default 2 s. */
  readonly maxRateLimitWaitMs?: number;
  /** Called after every attempt at every provider (must not throw). */
  readonly onProviderCall?: (event: ProviderCallEvent) => void;
}

/** A value and the provider that answered it. */
export interface Answered<T> {
  readonly value: T;
  readonly provider: MarketDataProvider;
}

/** A provider's circuit, for metrics (`circuitStates()`). */
export interface ProviderCircuitState extends CircuitSnapshot {
  readonly provider: string;
}

const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerOptions = { failureThreshold: 5, coolDownMs: 30_000 };

function checkMilliseconds(name: string, value: number, allowZero: boolean): number {
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new RangeError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number of milliseconds, got ${value}`);
  }
  return value;
}

/**
 * Asks providers in order until one answers. Outages are retried at the same provider (see
 * {@link ProviderGate}); answers such as not-found and missing methods move straight on. When none
 * answers, throws one {@link MarketDataUnavailableError} listing every provider's failure.
 */
export class ProviderFallback {
  private readonly gates: readonly ProviderGate[];
  private readonly onProviderCall: (event: ProviderCallEvent) => void;

  constructor(options: ProviderFallbackOptions) {
    if (options.providers.length === 0) throw new RangeError('a provider chain needs at least one provider');
    const ids = options.providers.map((provider) => provider.id);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated !== undefined) throw new RangeError(`provider "${repeated}" is listed twice in the chain`);
    const settings: GateSettings = {
      clock: options.clock ?? systemClock,
      random: options.random ?? Math.random,
      retry: checkRetryPolicy({ ...DEFAULT_RETRY_POLICY, ...options.retry }),
      circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER, ...options.circuitBreaker },
      timeoutMs: checkMilliseconds('timeoutMs', options.timeoutMs ?? 10_000, false),
      maxRateLimitWaitMs: checkMilliseconds('maxRateLimitWaitMs', options.maxRateLimitWaitMs ?? 2_000, true),
      onProviderCall: options.onProviderCall ?? (() => undefined),
    };
    this.onProviderCall = settings.onProviderCall;
    this.gates = options.providers.map((provider) => new ProviderGate(provider, settings));
  }

  /** The providers in chain order. */
  get providers(): readonly MarketDataProvider[] {
    return this.gates.map((gate) => gate.provider);
  }

  /**
   * The first answer to `call` in chain order. `operation` names the request in errors (`quote AAPL`).
   * `call` returns undefined when the provider lacks the method (`provider.news?.(...)`).
   */
  async run<T>(
    method: ProviderMethod,
    operation: string,
    call: (provider: MarketDataProvider, signal: AbortSignal) => Promise<T> | undefined,
    signal?: AbortSignal,
  ): Promise<Answered<T>> {
    const failures: ProviderFailure[] = [];
    for (const gate of this.gates) {
      const { provider } = gate;
      if (provider[method] === undefined) {
        this.onProviderCall({ provider: provider.id, method, outcome: 'unsupported', durationMs: 0, attempt: 1 });
        failures.push({ provider: provider.id, kind: 'unsupported', reason: `${provider.id}: has no ${method}`, attempts: 0 });
        continue;
      }
      const result = await gate.run(
        method,
        operation,
        (callSignal) => call(provider, callSignal) ?? Promise.reject(new ProviderError(provider.id, 'unsupported', `has no ${method}`)),
        signal,
      );
      if (result.ok) return { value: result.value, provider };
      failures.push(result.failure);
    }
    throw new MarketDataUnavailableError(operation, failures);
  }

  /** Every provider's circuit, in chain order. */
  circuitStates(): ProviderCircuitState[] {
    return this.gates.map((gate) => ({ provider: gate.provider.id, ...gate.breaker.snapshot() }));
  }
}
