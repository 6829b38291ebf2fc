import { formatCsvProblems, type ParseBarsOptions, type ParsedSymbolBars } from '@goldensignals/engine';
import { readBarsFile, type ReadBarsFileResult } from '../io/index.js';

/** Reads a bar file and reports what the reader dropped or noticed on stderr (never silently). */
export async function loadBars(path: string, options: ParseBarsOptions): Promise<ReadBarsFileResult> {
  const parsed = await readBarsFile(path, options);
  if (parsed.problems.length > 0) {
    process.stderr.write(`goldensignals: ${path}: ${parsed.problems.length} row(s) reported:\n${formatCsvProblems(parsed.problems)}\n`);
  }
  return parsed;
}

/** The one symbol a single-series command works on; an error lists the symbols when the choice is ambiguous. */
export function singleSymbol(parsed: ReadBarsFileResult, path: string): ParsedSymbolBars & { symbol: string } {
  const entries = [...parsed.symbols.entries()];
  if (entries.length === 0) throw new Error(`${path}: no bars`);
  if (entries.length > 1) {
    const names = entries.slice(0, 10).map(([symbol]) => symbol);
    const more = entries.length > 10 ? ` and ${entries.length - 10} more` : '';
    throw new Error(`${path} holds ${entries.length} symbols (${names.join(', ')}${more}); choose one with --symbol`);
  }
  const [symbol, bars] = entries[0];
  return { symbol, ...bars };
}
