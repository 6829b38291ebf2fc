import { localDayStart } from './local-day-start.js';
import { parseSymbolList } from './parse-symbol-list.js';
import type { SignalFilterFields } from './signal-filter-fields.js';

/**
 * The `GET /signals` query of valid filter fields (see `signalFilterProblems`), a page's cursor and size. Confidence
 * goes from percent to a fraction; the date range covers whole local days, `to` included (the API's `to` is exclusive).
 */
export function signalsQueryString(fields: SignalFilterFields, cursor: string | null = null, limit = 50): string {
  const query = new URLSearchParams();
  const symbols = parseSymbolList(fields.symbols);
  if (symbols.length > 0) query.set('symbols', symbols.join(','));
  if (fields.actions.length > 0) query.set('actions', fields.actions.join(','));
  if (fields.riskLevels.length > 0) query.set('riskLevels', fields.riskLevels.join(','));
  if (fields.minConfidence.trim() !== '') query.set('minConfidence', String(Number(fields.minConfidence) / 100));
  if (fields.maxConfidence.trim() !== '') query.set('maxConfidence', String(Number(fields.maxConfidence) / 100));
  const from = localDayStart(fields.from);
  const to = localDayStart(fields.to, 1);
  if (from !== null) query.set('from', from.toISOString());
  if (to !== null) query.set('to', to.toISOString());
  if (cursor !== null) query.set('cursor', cursor);
  query.set('limit', String(limit));
  return query.toString();
}
