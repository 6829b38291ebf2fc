import type { SourceFields } from './source-fields.js';

/**
 * The source fields of an answer built from several: the distinct sources (comma-separated, sorted),
 * simulated or stale when any part is, and which parts are stale.
 */
export function summarizeSources(parts: readonly (SourceFields & { readonly symbol: string })[]): SourceFields {
  const source = [...new Set(parts.map((part) => part.source))].sort().join(',');
  const stale = parts.filter((part) => part.stale);
  const fields = { source, simulated: parts.some((part) => part.simulated), stale: stale.length > 0 };
  if (stale.length === 0) return fields;
  return { ...fields, staleReason: stale.map((part) => `${part.symbol}: ${part.staleReason ?? 'stale'}`).join('; ') };
}
