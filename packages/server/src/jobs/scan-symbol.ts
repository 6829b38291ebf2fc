import type { Timeframe } from '@goldensignals/engine';
import { toErrorBody } from '../errors/to-error-body.js';
import type { ScanRepository } from '../storage/repositories/scan-repository.js';
import type { GeneratedSignal } from '../signals/signal-service.js';

/** What signalling one symbol of a scan needs. */
export interface ScanSymbolDependencies {
  /** `SignalService.generate`: idempotent per bar, so a retried symbol never stores a second signal. */
  readonly generate: (symbol: string, timeframe: Timeframe) => Promise<GeneratedSignal>;
  readonly scans: ScanRepository;
  readonly now?: () => number;
}

/** How one symbol of a scan ended; `unexpected` failures (bugs, outages) deserve a log line. */
export type ScanSymbolOutcome = { readonly signalId: string } | { readonly error: unknown; readonly unexpected: boolean };

/** What a scan item records for an error we cannot describe to the user (its details go to the log). */
export const INTERNAL_ITEM_ERROR = 'internal error; the worker log has the details';

/**
 * Generates the signal of one symbol of a scan and records it on the scan (counted once, however often
 * this runs). A problem of the symbol (no data, too few bars, unknown to every provider) is recorded as
 * the item's error at once; anything else (the database, a provider outage) is thrown so the job is
 * retried — unless this is the last attempt, when it is recorded too, so the scan always finishes.
 */
export async function scanSymbol(
  deps: ScanSymbolDependencies,
  scan: { readonly id: string; readonly timeframe: Timeframe },
  symbol: string,
  lastAttempt: boolean,
): Promise<ScanSymbolOutcome> {
  const at = (): Date => new Date((deps.now ?? Date.now)());
  let signalId: string;
  try {
    signalId = (await deps.generate(symbol, scan.timeframe)).signal.id;
  } catch (error) {
    const answer = toErrorBody(error);
    if (answer.statusCode >= 500 && !lastAttempt) throw error;
    await deps.scans.recordItem(scan.id, symbol, { error: answer.unexpected ? INTERNAL_ITEM_ERROR : answer.body.message }, at());
    return { error, unexpected: answer.unexpected };
  }
  await deps.scans.recordItem(scan.id, symbol, { signalId }, at());
  return { signalId };
}
