import type { ParsedBars } from '@goldensignals/engine';
import type { ScanTask } from './scan-task.js';

/** One task per symbol of a parsed file, in the file's order; the columns are the parsed ones, not copies. */
export function scanTasksOf(parsed: ParsedBars): ScanTask[] {
  return [...parsed.symbols.entries()].map(([symbol, { series }]) => ({ symbol, timeframe: series.timeframe, columns: series }));
}
