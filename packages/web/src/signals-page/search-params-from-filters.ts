import { DEFAULT_SIGNAL_SORT } from './default-signal-sort.js';
import { parseSymbolList } from './parse-symbol-list.js';
import type { SignalsPageState } from './signals-page-state.js';
import { URL_ACTIONS, URL_RISK_LEVELS } from './signals-url-vocabulary.js';

/**
 * The address query of the Signals page's filters and sort (`symbols=AAPL,MSFT&actions=BUY&minConfidence=60&risk=low,medium
 * &from=2026-11-01&to=2026-11-30&sort=confidence.desc`): blank filters and the default sort are left out, lists come in
 * a fixed order, so one view has one address. Confidence stays in percent and dates stay local days, as typed.
 */
export function searchParamsFromFilters({ filters, sort }: SignalsPageState): URLSearchParams {
  const params = new URLSearchParams();
  const symbols = parseSymbolList(filters.symbols);
  if (symbols.length > 0) params.set('symbols', symbols.join(','));
  const actions = URL_ACTIONS.filter((action) => filters.actions.includes(action));
  if (actions.length > 0) params.set('actions', actions.join(','));
  const riskLevels = URL_RISK_LEVELS.filter((level) => filters.riskLevels.includes(level));
  if (riskLevels.length > 0) params.set('risk', riskLevels.join(','));
  if (filters.minConfidence.trim() !== '') params.set('minConfidence', filters.minConfidence.trim());
  if (filters.maxConfidence.trim() !== '') params.set('maxConfidence', filters.maxConfidence.trim());
  if (filters.from !== '') params.set('from', filters.from);
  if (filters.to !== '') params.set('to', filters.to);
  if (sort.key !== DEFAULT_SIGNAL_SORT.key || sort.direction !== DEFAULT_SIGNAL_SORT.direction) params.set('sort', `${sort.key}.${sort.direction}`);
  return params;
}
