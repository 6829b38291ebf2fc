import type { SignalView } from '../signals/signal-view.js';

/** A stored signal with every field set; tests override what they look at. */
export function chartTestSignal(fields: Partial<SignalView>): SignalView {
  return {
    id: 'id', symbol: 'AAPL', timeframe: '1d', time: '2026-03-02T00:00:00.000Z', action: 'BUY', confidence: 0.6, consensusStrength: 0.7, price: 100, entry: 100,
    stopLoss: 95, takeProfit: 110, riskLevel: 'medium', positionSize: 0.1, expiresAt: '2026-03-09T00:00:00.000Z', summary: '', simulated: true,
    createdAt: '2026-03-03T00:00:05.000Z', outcome: null, ...fields,
  };
}
