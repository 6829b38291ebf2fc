import type { Timeframe } from '@goldensignals/engine';

/** The BullMQ queues of a scaled-out deployment. */
export const QUEUE_NAMES = { scans: 'scans', signals: 'signals', backtests: 'backtests' } as const;

/** Job names within the queues. */
export const JOB_NAMES = { scan: 'scan', scheduledScan: 'scheduled-scan', signal: 'signal', backtest: 'backtest' } as const;

/** Prefix of every Redis key of a deployment (tests use their own). */
export const DEFAULT_KEY_PREFIX = 'goldensignals:';

/** A stored scan to run (`scans` queue). */
export interface ScanJobData {
  readonly scanId: string;
}

/** A bar slot of the scan scheduler (`scans` queue): scan the followed symbols whose market closed a bar in it. */
export interface ScheduledScanJobData {
  readonly timeframe: Timeframe;
  /** The scheduler's period: the slot covers the bar closes of the `everyMs` before it. */
  readonly everyMs: number;
  /** How long after the slot the job runs, so providers have published the bars. */
  readonly graceMs: number;
  /**
   * A catch-up at start: every followed symbol's latest closed bar, not only those closing in the slot, so a fresh
   * cluster shows signals at once (as the embedded scheduler's catch-up does). `slot` is the start slot.
   */
  readonly catchUp?: { readonly slot: number };
}

/** One symbol of a scan (`signals` queue). */
export interface SignalJobData {
  readonly scanId: string;
  readonly symbol: string;
  readonly timeframe: Timeframe;
}

/** A stored backtest to run (`backtests` queue). */
export interface BacktestJobData {
  readonly backtestId: string;
}

/** BullMQ's `prefix` for a deployment's key prefix: its keys are `<keyPrefix>bull:<queue>:...`. */
export function bullPrefix(keyPrefix: string): string {
  return `${keyPrefix}bull`;
}

// BullMQ refuses custom job ids holding ':' (its own separator); symbols never do, but the id must not depend on it.
function idPart(value: string): string {
  return encodeURIComponent(value);
}

/** The id of a scan's job: a scan submitted twice is queued once. */
export function scanJobId(scanId: string): string {
  return `scan_${idPart(scanId)}`;
}

/** The id of one symbol's job of a scan: a retried scan job adds no second job for a symbol. */
export function signalJobId(scanId: string, symbol: string): string {
  return `signal_${idPart(scanId)}_${idPart(symbol)}`;
}

/** The id of the catch-up scan job of a timeframe for nodes starting in one slot: several starting at once queue one. */
export function catchUpScanJobId(timeframe: Timeframe, slot: number): string {
  return `catch-up-scan_${idPart(timeframe)}_${slot}`;
}

/** The id of a backtest's job. */
export function backtestJobId(backtestId: string): string {
  return `backtest_${idPart(backtestId)}`;
}
