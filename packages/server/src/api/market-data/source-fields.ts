import type { BarsResult, SourcedData } from '../../market-data/chain/sourced-data.js';

/** Where an answer came from, as every market data response object says it. */
export interface SourceFields {
  /** Id of the provider that answered; for bars, the ids of the providers of the bars, comma-separated. */
  readonly source: string;
  readonly simulated: boolean;
  readonly stale: boolean;
  /** Present only when `stale`: which providers failed and how. */
  readonly staleReason?: string;
}

/** The source fields of a provider chain answer. */
export function sourceFieldsOf(answer: SourcedData<unknown>): SourceFields {
  const fields = { source: answer.source, simulated: answer.simulated, stale: answer.stale };
  return answer.stale ? { ...fields, staleReason: answer.staleReason ?? 'every provider failed; this is the last known answer' } : fields;
}

/** The source fields of bars from the chain, plus the list of providers they came from (empty when there are no bars). */
export function barsSourceFieldsOf(result: BarsResult): SourceFields & { readonly sources: readonly string[] } {
  const fields = { source: result.sources.join(','), sources: result.sources, simulated: result.simulated, stale: result.stale };
  return result.stale ? { ...fields, staleReason: result.staleReason ?? 'part of the range could not be fetched' } : fields;
}
