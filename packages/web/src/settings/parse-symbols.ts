/** Symbols typed as free text (commas, spaces or lines between them), upper-cased, each once, in typed order. */
export function parseSymbols(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((symbol) => symbol.trim().toUpperCase()).filter((symbol) => symbol !== ''))];
}
