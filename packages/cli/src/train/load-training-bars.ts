import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseBarsOptions, SymbolBars, Timeframe } from '@goldensignals/engine';
import { loadBars } from '../input/load-bars.js';

/** The bars to train on: every symbol's columns and their one timeframe. */
export interface TrainingBars {
  readonly series: readonly SymbolBars[];
  readonly timeframe: Timeframe;
}

// The same names the CSV provider reads in a folder.
const BAR_FILE_NAME = /\.(csv|tsv|txt)(\.gz)?$/i;

/** The bar file itself, or the bar files directly inside a folder (hidden ones skipped), sorted by name. */
async function barFilesAt(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && BAR_FILE_NAME.test(entry.name)).map((entry) => join(path, entry.name));
  if (files.length === 0) throw new Error(`${path}: no bar files (.csv, .tsv, .txt, optionally .gz) in this folder`);
  return files.sort();
}

/**
 * Reads a bar file or a folder of them, keeping `symbols` only when given (an unknown one is an
 * error). Pooled training needs one timeframe: mixed timeframes are an error naming them.
 */
export async function loadTrainingBars(path: string, options: ParseBarsOptions, symbols: readonly string[] | undefined): Promise<TrainingBars> {
  const series: SymbolBars[] = [];
  const timeframes = new Map<Timeframe, string>();
  for (const file of await barFilesAt(path)) {
    const parsed = await loadBars(file, options);
    for (const [symbol, bars] of parsed.symbols) {
      if (symbols !== undefined && !symbols.includes(symbol)) continue;
      if (series.some((s) => s.symbol === symbol)) throw new Error(`${path}: symbol ${symbol} appears in more than one file`);
      const timeframe = bars.series.timeframe;
      if (timeframe === undefined) throw new Error(`${file}: the timeframe of ${symbol} cannot be inferred; give it with --timeframe`);
      if (!timeframes.has(timeframe)) timeframes.set(timeframe, symbol);
      series.push({ symbol, columns: bars.series });
    }
  }
  const missing = symbols?.filter((symbol) => !series.some((s) => s.symbol === symbol)) ?? [];
  if (missing.length > 0) throw new Error(`${path}: no bars for ${missing.join(', ')}`);
  if (series.length === 0) throw new Error(`${path}: no bars`);
  if (timeframes.size > 1) {
    const listed = [...timeframes].map(([timeframe, symbol]) => `${timeframe} (e.g. ${symbol})`).join(', ');
    throw new Error(`${path}: the symbols have different timeframes: ${listed}; train one timeframe at a time (--symbols or --timeframe)`);
  }
  return { series, timeframe: [...timeframes.keys()][0] };
}
