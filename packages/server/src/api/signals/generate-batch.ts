import type { Timeframe } from '@goldensignals/engine';
import type { SignalService } from '../../signals/signal-service.js';
import type { StoredSignal } from '../../storage/repositories/stored-signal.js';
import { toErrorBody } from '../../errors/to-error-body.js';
import { mapConcurrently } from '../../support/map-concurrently.js';

/** One symbol's result in a batch: its signal, or the error that stopped it (the others go on). */
export interface BatchItem {
  readonly symbol: string;
  readonly signal?: StoredSignal;
  readonly created?: boolean;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Symbols generated at once: enough to overlap provider waits, few enough not to flood them. */
const CONCURRENCY = 4;

/** Generates signals for several symbols, a few at a time, in request order; a failing symbol does not fail the batch. */
export async function generateBatch(service: SignalService, symbols: readonly string[], timeframe: Timeframe): Promise<BatchItem[]> {
  return mapConcurrently(symbols, CONCURRENCY, async (symbol): Promise<BatchItem> => {
    try {
      const generated = await service.generate(symbol, timeframe);
      return { symbol, signal: generated.signal, created: generated.created };
    } catch (error) {
      const { body } = toErrorBody(error);
      return { symbol, error: { code: body.code, message: body.message } };
    }
  });
}
