import { isSymbol } from '../signals-page/is-symbol.js';
import { parseSymbolList } from '../signals-page/parse-symbol-list.js';
import type { ScanBody } from './scan-body.js';
import type { ScanFields } from './scan-fields.js';

/** Most symbols one scan takes (the API's limit). */
export const MAX_SCAN_SYMBOLS = 500;

/** The `POST /scans` body the form describes, or what is wrong with its symbols. */
export function scanRequestOf(fields: ScanFields): { readonly body: ScanBody; readonly problem?: undefined } | { readonly body?: undefined; readonly problem: string } {
  const symbols = parseSymbolList(fields.symbols);
  const wrong = symbols.find((symbol) => !isSymbol(symbol));
  if (wrong !== undefined) return { problem: `${wrong} is not a symbol (letters, digits and . - = ^ /, up to 20)` };
  if (symbols.length > MAX_SCAN_SYMBOLS) return { problem: `at most ${MAX_SCAN_SYMBOLS} symbols (${symbols.length} given)` };
  // No symbols: the server scans the caller's watchlists, which it knows and the form does not.
  return { body: symbols.length === 0 ? { timeframe: fields.timeframe } : { symbols, timeframe: fields.timeframe } };
}
