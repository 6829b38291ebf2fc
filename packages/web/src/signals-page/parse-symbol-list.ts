/** Symbols typed as `aapl, msft btc-usd`: upper-cased, without blanks or repeats, in typed order. */
export function parseSymbolList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((symbol) => symbol.trim().toUpperCase()).filter((symbol) => symbol !== ''))];
}
