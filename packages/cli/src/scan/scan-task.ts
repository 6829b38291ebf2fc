import type { BarColumns, Signal, Timeframe } from '@goldensignals/engine';

/** One symbol to scan (workers get the columns packed into shared memory, see `packScanTasks`). */
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

/** What a scan worker is started with. */
export interface ScanWorkerData {
  readonly settings: ScanSettings;
  /** On a `SharedArrayBuffer`; `[0]` becomes 1 when the pool's first scan starts. */
  readonly started: Int32Array;
}
