import type { Bar } from '../series/bar.js';
import { isoTime } from '../signal/iso-time.js';
import type { Signal, SignalVote } from '../signal/signal.js';

/** Day `d` of a daily series starting 2024-01-01, epoch ms. */
export const day = (d: number): number => Date.UTC(2024, 0, 1) + d * 86_400_000;

/** A daily bar on day `d`. */
export const barOn = (d: number, open: number, high: number, low: number, close: number): Bar => ({ time: day(d), open, high, low, close, volume: 1000 });

/** A voted BUY/SELL/HOLD for a test signal. */
export const voted = (agent: string, action: SignalVote['action']): SignalVote => ({
  agent,
  category: 'technical',
  action,
  confidence: 0.7,
  weight: 1,
  status: 'voted',
  reasoning: 'test',
});

/** A daily signal on day `d` with entry `entry`, expiring `expiryBars` bars later; the rest from `overrides`. */
export function signalOn(d: number, entry: number, overrides: Partial<Signal> = {}, expiryBars = 5): Signal {
  return {
    symbol: 'TEST',
    timeframe: '1d',
    time: isoTime(day(d)),
    action: 'BUY',
    confidence: 0.7,
    consensusStrength: 0.8,
    price: entry,
    entry,
    stopLoss: null,
    takeProfit: null,
    riskLevel: 'medium',
    positionSize: 0.1,
    expiresAt: isoTime(day(d + expiryBars)),
    summary: 'test',
    votes: [],
    ...overrides,
  };
}
