import type { AssetClass } from '../calendar/asset-class.js';

/** Sessions are refined in blocks of this many minutes; it divides every session length and every intraday timeframe. */
export const BLOCK_MINUTES = 30;

/** How variance and volume spread over a session, as shares of blocks and of minutes within each block. */
export interface SessionShape {
  /** Share of the session's variance per block (sums to 1). */
  readonly blockVariance: Float64Array;
  /** Share of the session's volume per block (sums to 1). */
  readonly blockVolume: Float64Array;
  /** Per minute, its share of its block's variance (each block's 30 values sum to 1). */
  readonly minuteVariance: Float64Array;
  /** Per minute, its share of its block's volume (each block's 30 values sum to 1). */
  readonly minuteVolume: Float64Array;
}

const cache = new Map<string, SessionShape>();

/**
 * Intraday activity at minute `t` of an `n`-minute session. Stocks trade in a U: busiest and most
 * volatile right after the open, quiet at midday, busy again into the close. Crypto and FX follow the
 * clock, peaking when London and New York overlap (about 14:00-15:00 UTC).
 */
function activityAt(assetClass: AssetClass, t: number, n: number, utcHour: number): { variance: number; volume: number } {
  if (assetClass === 'equity') {
    return {
      variance: 0.6 + 1.6 * Math.exp(-t / 20) + 0.6 * Math.exp(-(n - 1 - t) / 20),
      volume: 0.5 + 2.5 * Math.exp(-t / 25) + 2 * Math.exp(-(n - 1 - t) / 15),
    };
  }
  const amplitude = assetClass === 'fx' ? 0.6 : 0.35;
  const wave = Math.cos((2 * Math.PI * (utcHour - 14.5)) / 24);
  return { variance: 1 + amplitude * wave, volume: 1 + 1.2 * amplitude * wave };
}

function normalize(values: Float64Array, from: number, to: number): void {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  for (let i = from; i < to; i++) values[i] /= sum;
}

/** The shape of a session of `minutes` minutes opening at `open` (epoch ms); cached by what it depends on. */
export function sessionShape(assetClass: AssetClass, open: number, minutes: number): SessionShape {
  const openMinuteOfDay = Math.floor((((open % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
  const key = `${assetClass}:${minutes}:${assetClass === 'equity' ? 0 : openMinuteOfDay}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const blocks = minutes / BLOCK_MINUTES;
  const minuteVariance = new Float64Array(minutes);
  const minuteVolume = new Float64Array(minutes);
  const blockVariance = new Float64Array(blocks);
  const blockVolume = new Float64Array(blocks);
  for (let t = 0; t < minutes; t++) {
    const activity = activityAt(assetClass, t, minutes, ((openMinuteOfDay + t) % 1440) / 60);
    minuteVariance[t] = activity.variance;
    minuteVolume[t] = activity.volume;
    blockVariance[Math.floor(t / BLOCK_MINUTES)] += activity.variance;
    blockVolume[Math.floor(t / BLOCK_MINUTES)] += activity.volume;
  }
  normalize(blockVariance, 0, blocks);
  normalize(blockVolume, 0, blocks);
  for (let b = 0; b < blocks; b++) {
    normalize(minuteVariance, b * BLOCK_MINUTES, (b + 1) * BLOCK_MINUTES);
    normalize(minuteVolume, b * BLOCK_MINUTES, (b + 1) * BLOCK_MINUTES);
  }
  const shape = { blockVariance, blockVolume, minuteVariance, minuteVolume };
  cache.set(key, shape);
  return shape;
}
