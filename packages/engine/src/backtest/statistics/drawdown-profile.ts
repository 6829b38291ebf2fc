/** What the statistics need of the equity's drawdowns; the per-bar columns go to the caller's arrays. */
export interface DrawdownProfile {
  /** Highest equity. */
  readonly peak: number;
  /** Deepest drawdown as a fraction; 0 if any drawdown is undefined (numpy's max gives NaN, nan_to_num 0). */
  readonly maxDrawdown: number;
  /** Number of drawdown periods. */
  readonly count: number;
  /** Longest and mean period in ms, NaN without periods. */
  readonly maxDuration: number;
  readonly meanDuration: number;
  /** Mean of the periods' deepest drawdowns (fractions), NaN without periods. */
  readonly meanDepth: number;
}

/**
 * One pass over the equity: `dd = 1 − E / cummax(E)` into `dd`, and backtesting.py's drawdown
 * periods: take the bars where `dd == 0`, plus the last bar; every stretch between two consecutive
 * such bars more than one bar apart is a period, lasting from the earlier (the peak) to the later
 * (the recovery, or the last bar), as deep as the largest `dd` in it. Each period's duration in ms
 * goes into `durations` on the bar where it ends; every other bar gets NaN.
 */
export function drawdownProfile(time: ArrayLike<number>, equity: ArrayLike<number>, dd: Float64Array, durations: Float64Array): DrawdownProfile {
  const n = equity.length;
  let peak = -Infinity;
  let maxDrawdown = 0;
  let undefinedDrawdown = false;
  let count = 0;
  let durationSum = 0;
  let maxDuration = NaN;
  let depthSum = 0;
  let previous = -1; // the previous zero-drawdown bar
  let deepest = 0; // since then
  for (let k = 0; k < n; k++) {
    const e = equity[k];
    if (e > peak) peak = e;
    const value = 1 - e / peak;
    dd[k] = value;
    durations[k] = NaN;
    if (value > maxDrawdown) maxDrawdown = value;
    else if (Number.isNaN(value)) undefinedDrawdown = true;
    if (value !== 0 && k !== n - 1) {
      if (value > deepest) deepest = value;
      continue;
    }
    if (previous >= 0 && k > previous + 1) {
      const duration = time[k] - time[previous];
      durations[k] = duration;
      durationSum += duration;
      if (!(duration <= maxDuration)) maxDuration = duration;
      depthSum += Math.max(deepest, value, dd[previous]);
      count++;
    }
    previous = k;
    deepest = 0;
  }
  return {
    peak,
    maxDrawdown: undefinedDrawdown ? 0 : maxDrawdown,
    count,
    maxDuration,
    meanDuration: count === 0 ? NaN : durationSum / count,
    meanDepth: count === 0 ? NaN : depthSum / count,
  };
}
