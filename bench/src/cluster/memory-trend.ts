import { round } from '../measure.js';

/** One memory reading, ms since the soak started. */
export interface MemorySample {
  readonly atMs: number;
  readonly bytes: number;
}

/** Whether memory stayed flat over a soak. */
export interface MemoryTrend {
  readonly samples: number;
  readonly firstMinuteMeanMiB: number;
  readonly lastMinuteMeanMiB: number;
  /** (last-minute mean − first-minute mean) / first-minute mean. */
  readonly growthPercent: number;
  /** Least-squares slope over every sample. */
  readonly slopeMiBPerMinute: number;
  /** The slope as a share of the first-minute mean. */
  readonly slopePercentPerMinute: number;
  /** The slope carried over the whole soak, as a share of the first-minute mean. */
  readonly fittedGrowthPercent: number;
  /** Both the growth and the fitted growth are at most the limit (shrinking always passes). */
  readonly flat: boolean;
}

const MIB = 2 ** 20;

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Least-squares slope of y over x. */
export function leastSquaresSlope(points: readonly (readonly [x: number, y: number])[]): number {
  const meanX = mean(points.map(([x]) => x));
  const meanY = mean(points.map(([, y]) => y));
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/**
 * The first-minute and last-minute means of the samples (windows of `windowMs` from each end; on a soak of a
 * minute or less they are the same samples), the least-squares slope per minute, and whether both the growth of the
 * means and the growth the slope gives over the whole soak stay within `limitPercent`.
 */
export function memoryTrend(samples: readonly MemorySample[], limitPercent = 10, windowMs = 60_000): MemoryTrend {
  if (samples.length === 0) throw new RangeError('memoryTrend needs at least one sample');
  const start = samples[0].atMs;
  const end = samples[samples.length - 1].atMs;
  const first = mean(samples.filter((sample) => sample.atMs <= start + windowMs).map((sample) => sample.bytes));
  const last = mean(samples.filter((sample) => sample.atMs >= end - windowMs).map((sample) => sample.bytes));
  const slopePerMinute = leastSquaresSlope(samples.map((sample) => [sample.atMs / 60_000, sample.bytes] as const));
  const growthPercent = (100 * (last - first)) / first;
  const slopePercentPerMinute = (100 * slopePerMinute) / first;
  const fittedGrowthPercent = (slopePercentPerMinute * (end - start)) / 60_000;
  return {
    samples: samples.length,
    firstMinuteMeanMiB: round(first / MIB, 1),
    lastMinuteMeanMiB: round(last / MIB, 1),
    growthPercent: round(growthPercent, 1),
    slopeMiBPerMinute: round(slopePerMinute / MIB, 3),
    slopePercentPerMinute: round(slopePercentPerMinute, 2),
    fittedGrowthPercent: round(fittedGrowthPercent, 1),
    flat: growthPercent <= limitPercent && fittedGrowthPercent <= limitPercent,
  };
}
