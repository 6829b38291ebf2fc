import type { Timeframe } from '@goldensignals/engine';

/** A scan's state: `done` and `failed` are final (`failed`: no symbol got a signal, or the scan could not run). */
export type ScanStatus = 'queued' | 'running' | 'done' | 'failed';

/** Who started a scan: a user (`manual`) or the scheduler at a bar close (`schedule`). */
export type ScanTrigger = 'manual' | 'schedule';

/** A symbol of a scan: waiting, or finished with its signal or the error that stopped it. */
export interface ScanItemView {
  readonly symbol: string;
  readonly status: 'pending' | 'done' | 'failed';
  /** The signal of the symbol's last closed bar, once generated. */
  readonly signalId: string | null;
  /** Why the symbol got no signal. */
  readonly error: string | null;
}

/** A scan without its items, as `GET /scans` lists it. */
export interface ScanSummary {
  readonly id: string;
  readonly status: ScanStatus;
  readonly timeframe: Timeframe;
  readonly trigger: ScanTrigger;
  readonly total: number;
  /** Symbols with their signal. */
  readonly completed: number;
  /** Symbols that got no signal (the item says why). */
  readonly failed: number;
  /** Share of the symbols finished (with a signal or an error), 0..1. */
  readonly progress: number;
  /** Why the scan failed as a whole; `null` otherwise. */
  readonly error: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

/** A scan and what became of each symbol, as `POST /scans` and `GET /scans/:id` answer. */
export interface ScanView extends ScanSummary {
  readonly items: readonly ScanItemView[];
}
