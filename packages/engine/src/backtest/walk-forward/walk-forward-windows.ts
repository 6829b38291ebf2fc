/** One walk-forward window in bar indexes, each range [start, end). */
export interface WalkForwardBounds {
  readonly index: number;
  readonly trainStart: number;
  readonly trainEnd: number;
  readonly testStart: number;
  readonly testEnd: number;
}

/** How windows are laid out, in bars. */
export interface WalkForwardSchedule {
  /** Bars in a (rolling) train window, or in the first (anchored) one. */
  readonly train: number;
  /** Bars in a test window. */
  readonly test: number;
  /** Bars between consecutive windows, >= test so test windows never overlap; default `test`. */
  readonly step?: number;
  /** Every train window starts at bar 0 and grows by `step` (default: they roll, keeping `train` bars). */
  readonly anchored?: boolean;
}

function count(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer >= ${min} bars, got ${value}`);
  return value;
}

/**
 * The train/test windows over `length` bars: window k tests bars [train + k·step, train + k·step +
 * test) after training on the `train` bars just before them (rolling) or on every bar before them
 * (anchored). Only whole test windows are made; the bars after the last one are left out. A test
 * window never overlaps its train window. Throws a RangeError naming the problem when the series is
 * too short for one window or a size is invalid.
 */
export function walkForwardWindows(length: number, schedule: WalkForwardSchedule): WalkForwardBounds[] {
  const train = count('train', schedule.train, 2);
  const test = count('test', schedule.test, 2);
  const step = count('step', schedule.step ?? test, test);
  if (length < train + test) {
    throw new RangeError(`the series has ${length} bars; one walk-forward window needs train + test = ${train} + ${test} = ${train + test} bars`);
  }
  const windows: WalkForwardBounds[] = [];
  for (let k = 0; train + k * step + test <= length; k++) {
    const testStart = train + k * step;
    windows.push({ index: k, trainStart: schedule.anchored ? 0 : testStart - train, trainEnd: testStart, testStart, testEnd: testStart + test });
  }
  return windows;
}
