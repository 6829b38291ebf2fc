import type { SignalView } from '../signals/signal-view.js';

/**
 * The latest BUY or SELL signal still open at `now` — no outcome yet and not expired — that has a stop or a
 * target to draw; `null` when there is none. Any timeframe: the levels are prices, the same on every chart.
 */
export function latestOpenSignal(signals: readonly SignalView[], now: number): SignalView | null {
  let latest: SignalView | null = null;
  for (const signal of signals) {
    if (signal.action === 'HOLD' || signal.outcome !== null || Date.parse(signal.expiresAt) <= now) continue;
    if (signal.stopLoss === null && signal.takeProfit === null) continue;
    const newer = latest === null || signal.time > latest.time || (signal.time === latest.time && signal.createdAt > latest.createdAt);
    if (newer) latest = signal;
  }
  return latest;
}
