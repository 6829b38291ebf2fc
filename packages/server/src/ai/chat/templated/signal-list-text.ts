import type { SignalAction } from '@goldensignals/engine';
import type { StoredSignal } from '../../../storage/repositories/stored-signal.js';
import { percentOf, priceText, timeText } from './figures.js';

/** The latest signals, one line each. */
export function signalListText(signals: readonly StoredSignal[], action: SignalAction | null, symbols: readonly string[]): string {
  const filter = [action === null ? '' : ` ${action}`, symbols.length === 0 ? '' : ` for ${symbols.join(', ')}`];
  if (signals.length === 0) return `No${filter[0]} signals are stored yet${filter[1]}. Signals are generated for watchlist symbols as their bars close, or on demand from the Signals page.`;
  const lines = signals.map(
    (signal) =>
      `- ${signal.symbol} ${signal.timeframe}: ${signal.action}, confidence ${percentOf(signal.confidence)}, price ${priceText(signal.price)}, bar of ${timeText(signal.time)}${signal.simulated ? ' (simulated data)' : ''}${signal.outcome === null ? '' : `, outcome ${signal.outcome.result}`}`,
  );
  return [`Latest${filter[0]} signals${filter[1]}, newest bar first:`, ...lines].join('\n');
}
