import { DIRECTION_FEATURE_COUNT, DIRECTION_FEATURE_WINDOW } from './direction-feature-names.js';
import type { FeatureSource } from './feature-source.js';

const TWO_PI = 2 * Math.PI;
// A Bollinger width this small (relative to price) is TA-Lib rounding noise on a flat window, not a band.
const FLAT_BAND = 1e-9;

/** Population standard deviation and mean of `count` values read by `valueAt(k)`, k = 0..count-1. */
function meanAndDeviation(count: number, valueAt: (k: number) => number): { mean: number; deviation: number } {
  let sum = 0;
  for (let k = 0; k < count; k++) sum += valueAt(k);
  const mean = sum / count;
  let squares = 0;
  for (let k = 0; k < count; k++) {
    const d = valueAt(k) - mean;
    squares += d * d;
  }
  return { mean, deviation: Math.sqrt(squares / count) };
}

/**
 * The feature vector (see DIRECTION_FEATURE_NAMES) of the bar `ago` bars back, from that bar and
 * earlier ones only: every read is at `ago` or further back, never nearer to the present, which is
 * what keeps the features free of look-ahead. Null while any input is missing or not finite (warm-up,
 * a zero close); written into `out` when given.
 */
export function featureVectorAt(source: FeatureSource, ago: number, out = new Float64Array(DIRECTION_FEATURE_COUNT)): Float64Array | null {
  const close = source.close(ago);
  const oldest = source.close(ago + DIRECTION_FEATURE_WINDOW - 1);
  if (!(close > 0) || !(oldest > 0)) return null;
  const logClose = Math.log(close);
  out[0] = logClose - Math.log(source.close(ago + 1));
  out[1] = logClose - Math.log(source.close(ago + 5));
  out[2] = logClose - Math.log(source.close(ago + 10));
  out[3] = logClose - Math.log(oldest);
  out[4] = (source.relativeStrengthIndex(ago) - 50) / 50;
  out[5] = source.macdHistogram(ago) / close;
  out[6] = close / source.simpleMovingAverage20(ago) - 1;
  out[7] = close / source.simpleMovingAverage50(ago) - 1;
  const upper = source.bollingerUpper(ago);
  const lower = source.bollingerLower(ago);
  const width = upper - lower;
  out[8] = width > FLAT_BAND * close ? (close - lower) / width : width >= 0 ? 0.5 : NaN;
  out[9] = source.averageTrueRange(ago) / close;
  const returns = meanAndDeviation(DIRECTION_FEATURE_WINDOW - 1, (k) => Math.log(source.close(ago + k) / source.close(ago + k + 1)));
  out[10] = returns.deviation;
  // Log volume: volumes span orders of magnitude across symbols, and a spike should not dwarf the window.
  const volumes = meanAndDeviation(DIRECTION_FEATURE_WINDOW - 1, (k) => Math.log1p(Math.max(0, source.volume(ago + k))));
  out[11] = volumes.deviation > 0 ? (Math.log1p(Math.max(0, source.volume(ago))) - volumes.mean) / volumes.deviation : volumes.deviation === 0 ? 0 : NaN;
  const date = new Date(source.time(ago));
  const day = date.getUTCDay();
  const month = date.getUTCMonth();
  out[12] = Math.sin((TWO_PI * day) / 7);
  out[13] = Math.cos((TWO_PI * day) / 7);
  out[14] = Math.sin((TWO_PI * month) / 12);
  out[15] = Math.cos((TWO_PI * month) / 12);
  for (let i = 0; i < DIRECTION_FEATURE_COUNT; i++) if (!Number.isFinite(out[i])) return null;
  return out;
}
