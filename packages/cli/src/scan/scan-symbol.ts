import { BarSeries, generateSignal } from '@goldensignals/engine';
import type { ScanOutcome, ScanSettings, ScanTask } from './scan-task.js';

/** Computes one symbol's signal, learning weights from its own history; an error becomes an outcome, not a crash. */
export function scanSymbol(task: ScanTask, settings: ScanSettings): ScanOutcome {
  try {
    const series = new BarSeries({ symbol: task.symbol, timeframe: task.timeframe }, task.columns);
    return { symbol: task.symbol, signal: generateSignal(series, { learn: settings.learn, timeframe: task.timeframe ?? '1d' }) };
  } catch (error) {
    return { symbol: task.symbol, error: error instanceof Error ? error.message : String(error) };
  }
}
