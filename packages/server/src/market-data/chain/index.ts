/** The provider chain: fallback, rate limits, retries, circuit breakers, the bar cache and the quote cache. */
export { systemClock, type ChainClock } from './chain-clock.js';
export type { CircuitBreakerOptions, CircuitSnapshot, CircuitState } from './circuit-breaker.js';
export { ProviderTimeoutError } from './call-with-timeout.js';
export { checkBarRequest, checkLimit, checkSymbol } from './check-market-data-request.js';
export { describeBarRequest, describeTimeRange } from './describe-bar-request.js';
export { MarketDataRequestError } from './market-data-request-error.js';
export { MarketDataUnavailableError } from './market-data-unavailable-error.js';
export type { ProviderCallEvent, ProviderCallOutcome, ProviderMethod } from './provider-call-event.js';
export { MAX_NEWS_LIMIT, ProviderChain, type ProviderChainOptions } from './provider-chain.js';
export { ProviderFallback, type Answered, type ProviderCircuitState, type ProviderFallbackOptions } from './provider-fallback.js';
export type { ProviderFailure } from './provider-failure.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
export type { BarsResult, SourcedData } from './sourced-data.js';
export type { RateLimit } from './token-bucket.js';
