import type { SignalView } from '../signals/signal-view.js';

/** A stored BUY signal of NVDA with round numbers; override what a test is about. */
export function testSignal(overrides: Partial<SignalView> = {}): SignalView {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    symbol: 'NVDA',
    timeframe: '1h',
    time: '2026-11-23T15:00:00.000Z',
    action: 'BUY',
    confidence: 0.734,
    consensusStrength: 0.8,
    price: 1234.5,
    entry: 1234.5,
    stopLoss: 1200.25,
    takeProfit: 1302.9,
    riskLevel: 'medium',
    positionSize: 0.1,
    expiresAt: '2026-11-24T15:00:00.000Z',
    summary: 'BUY NVDA: 5 of 7 voters agree.',
    simulated: true,
    createdAt: '2026-11-23T16:00:01.000Z',
    outcome: null,
    ...overrides,
  };
}
