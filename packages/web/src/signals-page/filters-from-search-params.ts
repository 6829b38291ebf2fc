import { DEFAULT_SIGNAL_SORT } from './default-signal-sort.js';
import { isSymbol } from './is-symbol.js';
import { parseSymbolList } from './parse-symbol-list.js';
import type { SignalFilterFields } from './signal-filter-fields.js';
import { signalFilterProblems } from './signal-filter-problems.js';
import type { SignalSort } from './signal-sort.js';
import type { SignalsPageState } from './signals-page-state.js';
import { URL_ACTIONS, URL_RISK_LEVELS, URL_SORT_KEYS } from './signals-url-vocabulary.js';

const MAX_SYMBOLS = 100;
const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every value of a list parameter, given as `a,b` or repeated (`a&name=b`), trimmed. */
function listOf(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function percentOf(text: string | null): string {
  if (text === null || !PERCENT.test(text.trim())) return '';
  return String(Number(text.trim()));
}

// A typed date input only gives real days; an address may say 2026-02-31, which Date would roll into March.
function dayOf(text: string | null): string {
  const match = DAY.exec(text?.trim() ?? '');
  if (match === null) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? match[0] : '';
}

function sortOf(text: string | null): SignalSort {
  const [key, direction, ...rest] = (text ?? '').split('.');
  const known = URL_SORT_KEYS.find((candidate) => candidate === key);
  if (known === undefined || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) return DEFAULT_SIGNAL_SORT;
  return { key: known, direction };
}

/**
 * The Signals page's filters and sort read from its address (the inverse of `searchParamsFromFilters`). A value that is
 * wrong is dropped on its own, never the whole view: a bad symbol leaves the others, a bad date leaves the other bound,
 * a maximum below the minimum or an end before the start is left out, an unknown sort is the default one.
 */
export function filtersFromSearchParams(params: URLSearchParams): SignalsPageState {
  const actions = listOf(params, 'actions').map((action) => action.toUpperCase());
  const riskLevels = listOf(params, 'risk').map((level) => level.toLowerCase());
  const read: SignalFilterFields = {
    symbols: parseSymbolList(listOf(params, 'symbols').join(','))
      .filter(isSymbol)
      .slice(0, MAX_SYMBOLS)
      .join(', '),
    actions: URL_ACTIONS.filter((action) => actions.includes(action)),
    riskLevels: URL_RISK_LEVELS.filter((level) => riskLevels.includes(level)),
    minConfidence: percentOf(params.get('minConfidence')),
    maxConfidence: percentOf(params.get('maxConfidence')),
    from: dayOf(params.get('from')),
    to: dayOf(params.get('to')),
  };
  // The form's own rules settle what is left (a percentage above 100, max < min, to < from): that field goes blank.
  // Symbols, actions and risk levels were sifted one by one above, so only these four can be wrong here.
  const problems = signalFilterProblems(read);
  const kept = (field: 'minConfidence' | 'maxConfidence' | 'from' | 'to'): string => (problems[field] === undefined ? read[field] : '');
  const filters: SignalFilterFields = { ...read, minConfidence: kept('minConfidence'), maxConfidence: kept('maxConfidence'), from: kept('from'), to: kept('to') };
  return { filters, sort: sortOf(params.get('sort')) };
}
