import type { Bar } from '@goldensignals/engine';

/** An answer of the provider chain and where it came from. */
export interface SourcedData<T> {
  readonly data: T;
  /** Id of the provider that answered. */
  readonly source: string;
  /** True when it came from the built-in market simulator: the API and UI must say so. */
  readonly simulated: boolean;
  /** True when every provider failed and this is the last answer the chain had (older than usual). */
  readonly stale: boolean;
  /** Why the answer is stale: which providers failed, how. */
  readonly staleReason?: string;
}

/** Bars from the chain: cached and freshly fetched, merged, with the providers they came from. */
export interface BarsResult {
  /** Ascending by time, without duplicates; the last may be the bar still forming. */
  readonly bars: Bar[];
  /** Ids of the providers the bars came from, sorted. */
  readonly sources: string[];
  /** True when any of the bars came from the market simulator. */
  readonly simulated: boolean;
  /** True when part of the range could not be fetched: the bars are what the cache had, and incomplete. */
  readonly stale: boolean;
  /** Which ranges could not be fetched and why. */
  readonly staleReason?: string;
}
