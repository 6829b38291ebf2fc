import { describe, expect, it } from 'vitest';
import { mergeSignals } from './merge-signals.js';
import type { SignalView } from './signal-view.js';

function signal(id: string, time: string, createdAt = time): SignalView {
  return {
    id, symbol: 'AAPL', timeframe: '1d', time, action: 'BUY', confidence: 0.5, consensusStrength: 0.7, price: 1, entry: 1, stopLoss: null, takeProfit: null,
    riskLevel: 'low', positionSize: 0, expiresAt: time, summary: '', simulated: true, createdAt, outcome: null,
  };
}

describe('mergeSignals', () => {
  it('puts pushed signals first, drops the copy a refetch brings, and keeps the newest `limit`', () => {
    const current = [signal('b', '2026-01-02T00:00:00Z'), signal('a', '2026-01-01T00:00:00Z')];
    const merged = mergeSignals(current, [signal('c', '2026-01-03T00:00:00Z'), signal('b', '2026-01-02T00:00:00Z')], 2);
    expect(merged.map((item) => item.id)).toEqual(['c', 'b']);
  });
});
