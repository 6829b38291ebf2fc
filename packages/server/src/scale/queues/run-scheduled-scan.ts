import type { ScanRepository } from '../../storage/repositories/scan-repository.js';
import type { ScheduledScanJobData } from './queue-names.js';
import { symbolsClosingBars } from './symbols-closing-bars.js';

/** What a scheduled scan needs. */
export interface ScheduledScanDependencies {
  readonly scans: ScanRepository;
  /** The followed symbols (default watchlist and every trader's watchlists), read at each run. */
  readonly followedSymbols: () => Promise<readonly string[]>;
  /** Queues the scan's symbols (see `fanOutScan`). */
  readonly fanOut: (scanId: string) => Promise<number>;
}

/**
 * Runs the scheduled scan of one slot (a catch-up: of every followed symbol, keyed apart from the slot's own scan): the followed symbols whose market closed a bar of the timeframe in
 * the `everyMs` up to `slot` become one `schedule` scan, keyed by the slot, so a retried job (or a second
 * job for the slot) finds that scan instead of making another. Resolves to its id, or `null` when no
 * followed market closed a bar in the slot.
 */
export async function runScheduledScan(data: ScheduledScanJobData, slot: number, deps: ScheduledScanDependencies): Promise<string | null> {
  const followed = await deps.followedSymbols();
  const due = data.catchUp === undefined ? symbolsClosingBars(followed, data.timeframe, slot - data.everyMs, slot) : [...new Set(followed)];
  if (due.length === 0) return null;
  const key = data.catchUp === undefined ? `${data.timeframe}@${new Date(slot).toISOString()}` : `${data.timeframe}@catch-up@${new Date(slot).toISOString()}`;
  const { scan } = await deps.scans.createScheduled({ timeframe: data.timeframe, symbols: due }, key);
  await deps.fanOut(scan.id);
  return scan.id;
}
