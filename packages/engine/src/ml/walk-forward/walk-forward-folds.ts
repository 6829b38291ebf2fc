/** How the training window moves: growing from the first bar, or a fixed number of bars. */
export type TrainingWindowKind = 'expanding' | 'rolling';

/** Options of {@link walkForwardFolds}. */
export interface WalkForwardFoldOptions {
  /** Share of the distinct bar times before the first test window. Default 0.4. */
  readonly initialTrainShare?: number;
  /** Number of test windows the remaining bar times are cut into. Default 6. */
  readonly folds?: number;
  /** Default 'expanding'. */
  readonly window?: TrainingWindowKind;
  /** Distinct bar times in a rolling window (default: the initial training span). */
  readonly rollingBars?: number;
}

/** One step: train on rows with time >= trainFrom whose label is known before testFrom, test on [testFrom, testTo). */
export interface WalkForwardFold {
  readonly index: number;
  readonly trainFrom: number;
  readonly testFrom: number;
  /** Exclusive; Infinity for the last fold. */
  readonly testTo: number;
}

/** The sorted distinct values of `times`. */
export function distinctTimes(times: Float64Array): Float64Array {
  const sorted = Float64Array.from(times).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}

/**
 * Cuts the distinct bar times into walk-forward folds: the first `initialTrainShare` of them only
 * trains, the rest is split into `folds` consecutive test windows of (nearly) equal length. Times,
 * not row counts, so every symbol's bars of a date fall in the same fold.
 */
export function walkForwardFolds(times: Float64Array, options: WalkForwardFoldOptions = {}): WalkForwardFold[] {
  const share = options.initialTrainShare ?? 0.4;
  const folds = options.folds ?? 6;
  if (!(share > 0 && share < 1)) throw new RangeError(`initialTrainShare must be in (0, 1), got ${share}`);
  if (!Number.isInteger(folds) || folds < 1) throw new RangeError(`folds must be an integer >= 1, got ${folds}`);
  const distinct = distinctTimes(times);
  const start = Math.floor(distinct.length * share);
  const testLength = distinct.length - start;
  if (start < 1 || testLength < folds) throw new RangeError(`${distinct.length} distinct bar times are too few for ${folds} test windows after a ${share} training share`);
  const rolling = options.window === 'rolling';
  const rollingBars = options.rollingBars ?? start;
  if (rolling && (!Number.isInteger(rollingBars) || rollingBars < 1)) throw new RangeError(`rollingBars must be an integer >= 1, got ${rollingBars}`);
  return Array.from({ length: folds }, (_, k) => {
    const from = start + Math.floor((k * testLength) / folds);
    const to = start + Math.floor(((k + 1) * testLength) / folds);
    return {
      index: k,
      trainFrom: rolling ? distinct[Math.max(0, from - rollingBars)] : -Infinity,
      testFrom: distinct[from],
      testTo: k === folds - 1 ? Infinity : distinct[to],
    };
  });
}
