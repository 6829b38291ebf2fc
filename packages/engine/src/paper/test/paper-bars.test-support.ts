import type { Bar } from '../../series/bar.js';
import type { Signal } from '../../signal/signal.js';
import { isoTime } from '../../signal/iso-time.js';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** Monday 2024-01-01 00:00 UTC. */
export const T0 = Date.UTC(2024, 0, 1);

/** A bar at `time` from [open, high, low, close]. */
export const bar = (time: number, [open, high, low, close]: readonly [number, number, number, number]): Bar => ({ time, open, high, low, close, volume: 1000 });

/** A flat bar at `price`. */
export const flatBar = (time: number, price: number): Bar => bar(time, [price, price, price, price]);

/** A signal with the fields auto-follow reads; the rest neutral. */
export function signalOf(
  symbol: string,
  time: number,
  action: Signal['action'],
  positionSize: number,
  extra: Partial<Pick<Signal, 'stopLoss' | 'takeProfit' | 'confidence'>> = {},
): Signal {
  return {
    symbol,
    timeframe: '1h',
    time: isoTime(time),
    action,
    confidence: extra.confidence ?? 0.8,
    consensusStrength: 0.8,
    price: 100,
    entry: 100,
    stopLoss: extra.stopLoss ?? null,
    takeProfit: extra.takeProfit ?? null,
    riskLevel: 'medium',
    positionSize,
    expiresAt: isoTime(time + 5 * HOUR),
    summary: '',
    votes: [],
  };
}
