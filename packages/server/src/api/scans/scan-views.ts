import type { Timeframe } from '@goldensignals/engine';
import type { Scan, ScanItem } from '../../storage/repositories/scan-repository.js';
import type { ScanItemStatus } from '../../storage/schema/scan-items.js';
import type { ScanStatus, ScanTrigger } from '../../storage/schema/scans.js';

/** A symbol of a scan as the API returns it. */
export interface ScanItemView {
  readonly symbol: string;
  readonly status: ScanItemStatus;
  /** The signal of the symbol's last closed bar, once generated. */
  readonly signalId: string | null;
  /** Why the symbol got no signal. */
  readonly error: string | null;
}

/** A scan without its items, for lists. */
export interface ScanSummaryView {
  readonly id: string;
  readonly status: ScanStatus;
  readonly timeframe: Timeframe;
  readonly trigger: ScanTrigger;
  readonly total: number;
  readonly completed: number;
  readonly failed: number;
  /** Share of the symbols finished (with a signal or an error), 0..1. */
  readonly progress: number;
  /** Why the scan failed as a whole; `null` otherwise. */
  readonly error: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

/** A scan with what became of each symbol. */
export interface ScanView extends ScanSummaryView {
  readonly items: readonly ScanItemView[];
}

/** The list view of a scan row. */
export function scanSummaryView(row: Scan): ScanSummaryView {
  const finished = row.completed + row.failedCount;
  return {
    id: row.id,
    status: row.status,
    timeframe: row.timeframe,
    trigger: row.trigger,
    total: row.total,
    completed: row.completed,
    failed: row.failedCount,
    progress: row.total === 0 ? 1 : finished / row.total,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The full view of a scan and its items. */
export function scanView(row: Scan, items: readonly ScanItem[]): ScanView {
  return { ...scanSummaryView(row), items: items.map((item) => ({ symbol: item.symbol, status: item.status, signalId: item.signalId, error: item.error })) };
}
