import type { Signal } from '@goldensignals/engine';

/**
 * Orders signals for a trader: actionable ones (BUY/SELL) first, then HOLD; within each, higher
 * confidence first, then stronger consensus, then symbol for a stable order.
 */
export function rankSignals(signals: readonly Signal[]): Signal[] {
  return [...signals].sort(
    (a, b) =>
      Number(a.action === 'HOLD') - Number(b.action === 'HOLD') ||
      b.confidence - a.confidence ||
      b.consensusStrength - a.consensusStrength ||
      a.symbol.localeCompare(b.symbol),
  );
}
