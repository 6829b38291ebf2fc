import { assertPeriod } from '../support/assert-period.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { feedbackRunEnd } from '../support/feedback-run.js';
import { isTaLibZero } from '../support/ta-lib-zero.js';
import { trueRangeOf } from '../support/true-range-of.js';
import { minusFlag, plusFlag } from './directional-move-flags.js';
import { DirectionalMovementCore } from './directional-movement-core.js';

/** Which lines {@link fillDirectionalMovement} writes; absent ones are not computed into columns. */
export interface DirectionalMovementTargets {
  plusDI?: Float64Array;
  minusDI?: Float64Array;
  adx?: Float64Array;
  adxr?: Float64Array;
}

/**
 * Batch directional movement over whole columns, writing the requested lines (NaN during each
 * line's own warm-up). The first 2 * period bars go through {@link DirectionalMovementCore} itself;
 * the loop after them repeats its `next` with locals instead of fields, operation for operation, so
 * batch and streaming agree to the bit (the shared contract test checks it).
 */
export function fillDirectionalMovement(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
  targets: DirectionalMovementTargets,
): void {
  assertPeriod('period', period, 2);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const { plusDI: plusOut, minusDI: minusOut, adx: adxOut, adxr: adxrOut } = targets;
  plusOut?.fill(NaN, 0, Math.min(n, period));
  minusOut?.fill(NaN, 0, Math.min(n, period));
  adxOut?.fill(NaN, 0, Math.min(n, 2 * period - 1));
  adxrOut?.fill(NaN, 0, Math.min(n, 3 * period - 2));
  const core = new DirectionalMovementCore(period, adxrOut !== undefined);
  const warm = Math.min(n, 2 * period);
  for (let t = 0; t < warm; t++) {
    core.warmUp(high[t], low[t], close[t]);
    if (t < period) continue;
    if (plusOut) plusOut[t] = core.plusDI;
    if (minusOut) minusOut[t] = core.minusDI;
    if (adxOut && t === 2 * period - 1) adxOut[t] = core.adx;
  }
  if (n <= warm) return;
  const state = new Float64Array(8);
  const history = new Float64Array(adxrOut ? period - 1 : 0);
  core.saveState(state, history);
  const split = feedbackRunEnd(warm, n);
  if (adxOut && !plusOut && !minusOut && !adxrOut) {
    averageDirectionalLoop(high, low, close, period, warm, split, state, adxOut);
    averageDirectionalLoop(high, low, close, period, split, n, state, adxOut);
    return;
  }
  const outputs: DirectionalMovementOutputs = { plusOut, minusOut, adxOut, adxrOut, history };
  directionalMovementLoop(high, low, close, period, warm, split, state, outputs);
  directionalMovementLoop(high, low, close, period, split, n, state, outputs);
}

/**
 * {@link directionalMovementLoop} for ADX alone, the common case: without the tests for the other
 * lines in every bar, the loop is about 15% faster.
 */
function averageDirectionalLoop(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
  from: number,
  to: number,
  state: Float64Array,
  adxOut: Float64Array,
): void {
  let previousHigh = state[0];
  let previousLow = state[1];
  let previousClose = state[2];
  let plusDM = state[3];
  let minusDM = state[4];
  let range = state[5];
  let adx = state[6];
  for (let t = from; t < to; t++) {
    const h = high[t];
    const l = low[t];
    const up = h - previousHigh;
    const down = previousLow - l;
    const trueRange = trueRangeOf(h, l, previousClose);
    previousHigh = h;
    previousLow = l;
    previousClose = close[t];
    minusDM = minusDM - minusDM / period + down * minusFlag(up, down);
    plusDM = plusDM - plusDM / period + up * plusFlag(up, down);
    range = range - range / period + trueRange;
    if (!isTaLibZero(range)) {
      const minusDI = 100 * (minusDM / range);
      const plusDI = 100 * (plusDM / range);
      const sum = minusDI + plusDI;
      if (!isTaLibZero(sum)) adx = (adx * (period - 1) + 100 * (Math.abs(minusDI - plusDI) / sum)) / period;
    }
    adxOut[t] = adx;
  }
  state[0] = previousHigh;
  state[1] = previousLow;
  state[2] = previousClose;
  state[3] = plusDM;
  state[4] = minusDM;
  state[5] = range;
  state[6] = adx;
}

/** Output columns of {@link directionalMovementLoop}, and the ADXR history when ADXR is wanted. */
interface DirectionalMovementOutputs {
  readonly plusOut: Float64Array | undefined;
  readonly minusOut: Float64Array | undefined;
  readonly adxOut: Float64Array | undefined;
  readonly adxrOut: Float64Array | undefined;
  readonly history: Float64Array;
}

/**
 * {@link DirectionalMovementCore.next} over bars `from .. to` (from 2 * period on), with the state
 * of {@link DirectionalMovementCore.saveState} in locals; called twice, see {@link feedbackRunEnd}.
 */
function directionalMovementLoop(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
  from: number,
  to: number,
  state: Float64Array,
  outputs: DirectionalMovementOutputs,
): void {
  const { plusOut, minusOut, adxOut, adxrOut, history } = outputs;
  let previousHigh = state[0];
  let previousLow = state[1];
  let previousClose = state[2];
  let plusDM = state[3];
  let minusDM = state[4];
  let range = state[5];
  let adx = state[6];
  let slot = state[7] | 0;
  for (let t = from; t < to; t++) {
    const h = high[t];
    const l = low[t];
    const up = h - previousHigh;
    const down = previousLow - l;
    const trueRange = trueRangeOf(h, l, previousClose);
    previousHigh = h;
    previousLow = l;
    previousClose = close[t];
    minusDM = minusDM - minusDM / period + down * minusFlag(up, down);
    plusDM = plusDM - plusDM / period + up * plusFlag(up, down);
    range = range - range / period + trueRange;
    let minusDI = 0;
    let plusDI = 0;
    if (!isTaLibZero(range)) {
      minusDI = 100 * (minusDM / range);
      plusDI = 100 * (plusDM / range);
      const sum = minusDI + plusDI;
      if (!isTaLibZero(sum)) adx = (adx * (period - 1) + 100 * (Math.abs(minusDI - plusDI) / sum)) / period;
    }
    if (plusOut) plusOut[t] = plusDI;
    if (minusOut) minusOut[t] = minusDI;
    if (adxOut) adxOut[t] = adx;
    if (adxrOut) {
      if (t >= 3 * period - 2) adxrOut[t] = (adx + history[slot]) / 2;
      history[slot] = adx;
      slot = slot + 2 === period ? 0 : slot + 1;
    }
  }
  state[0] = previousHigh;
  state[1] = previousLow;
  state[2] = previousClose;
  state[3] = plusDM;
  state[4] = minusDM;
  state[5] = range;
  state[6] = adx;
  state[7] = slot;
}
