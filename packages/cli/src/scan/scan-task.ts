import type { BarColumns, Signal, Timeframe } from '@goldensignals/engine';

/** One symbol to scan, in a shape that crosses a worker boundary (typed arrays are cloned cheaply). */
export interface ScanTask {
  readonly symbol: string;
  readonly timeframe: Timeframe | undefined;
  readonly columns: BarColumns;
}

/** The outcome for one symbol. */
export type ScanOutcome = { readonly symbol: string; readonly signal: Signal } | { readonly symbol: string; readonly error: string };

/** Options that every scan worker applies. */
export interface ScanSettings {
  readonly learn: boolean;
}
