import { assetClassOf } from '../calendar/asset-class.js';
import type { SymbolMatch } from '../symbol-match.js';
import { KNOWN_SYMBOLS } from './known-symbols.js';
import { normalizeSymbol } from './symbol-profile.js';

const MAX_MATCHES = 10;

function isTicker(text: string): boolean {
  try {
    normalizeSymbol(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Symbol search over the simulator's built-in list (exact symbol, symbol prefix, name prefix, name
 * substring), plus the query itself when it is a valid ticker the list lacks: the simulator can make
 * data for any symbol. At most ten matches.
 */
export function simulatedSearch(query: string): SymbolMatch[] {
  const text = query.trim();
  const upper = text.toUpperCase();
  const lower = text.toLowerCase();
  const rank = (symbol: string, name: string): number =>
    symbol === upper ? 0 : symbol.startsWith(upper) ? 1 : name.toLowerCase().startsWith(lower) ? 2 : name.toLowerCase().includes(lower) ? 3 : -1;
  const matches = KNOWN_SYMBOLS.map((known) => ({ known, rank: rank(known.symbol, known.name) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.known.symbol.localeCompare(b.known.symbol))
    .map(({ known }): SymbolMatch => ({ symbol: known.symbol, name: known.name, exchange: known.exchange, type: known.type }));
  if (isTicker(upper) && !matches.some((match) => match.symbol === upper)) {
    const assetClass = assetClassOf(upper);
    const type = assetClass === 'equity' ? (upper.startsWith('^') ? 'index' : 'equity') : assetClass;
    // After the list's matches ("APPLE" finds Apple Inc. first), but always within the answer.
    matches.splice(Math.min(matches.length, MAX_MATCHES - 1), 0, { symbol: upper, name: `${upper} (simulated)`, exchange: null, type });
  }
  return matches.slice(0, MAX_MATCHES);
}
