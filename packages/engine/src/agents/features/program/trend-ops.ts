import { isTaLibZero } from '../../../indicators/support/ta-lib-zero.js';
import { trueRangeOf } from '../../../indicators/support/true-range-of.js';
import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, HIGH, initRing, LOW, ringAt, ringPush, ringSize } from './program-state.js';

// Arithmetic copied operation for operation from DirectionalMovementCore (the +DI, -DI and ADX of
// DirectionalMovementSystem) and ParabolicSar, so values are bit-identical to the indicator classes
// (program-equivalence.test.ts checks it).

// DMI block: [period, bars seen, previous high, previous low, previous close, +DM, -DM, range,
//             DX total, ADX, rings of +DI, -DI and ADX].
const DMI_OUT = 10;

/** +DI, -DI and ADX of DMI(period); NaN until ADX is warm (bar 2 x period - 1). */
export function directionalMovementNode(builder: FeatureProgramBuilder, period: number, history: number): ProgramNode {
  return builder.node(`dmi:${period}`, history, () => ({
    kind: OpKind.DirectionalMovement,
    size: (h) => DMI_OUT + 3 * ringSize(h),
    init(template, base, h) {
      template[base] = period;
      template[base + 9] = NaN;
      for (let i = 0; i < 3; i++) initRing(template, base + DMI_OUT + i * ringSize(h), h);
    },
  }));
}

/** Pushes "no value" to the three rings (a helper without number arguments: nothing to box). */
function pushNoLines(s: Float64Array, out: number): void {
  const size = 2 + s[out];
  ringPush(s, out, NaN);
  ringPush(s, out + size, NaN);
  ringPush(s, out + 2 * size, NaN);
}

export function directionalMovementStep(s: Float64Array, base: number): void {
  const high = s[HIGH];
  const low = s[LOW];
  const period = s[base];
  const out = base + DMI_OUT;
  const t = s[base + 1];
  s[base + 1] = t + 1;
  const up = high - s[base + 2];
  const down = s[base + 3] - low;
  const trueRange = trueRangeOf(high, low, s[base + 4]);
  s[base + 2] = high;
  s[base + 3] = low;
  s[base + 4] = s[CLOSE];
  if (t === 0) return pushNoLines(s, out);
  if (t < period) {
    if (down > 0 && up < down) s[base + 6] += down;
    else if (up > 0 && up > down) s[base + 5] += up;
    s[base + 7] += trueRange;
    return pushNoLines(s, out);
  }
  const minusFlag = Number(down > 0) & Number(up < down);
  const plusFlag = Number(up > 0) & Number(up > down);
  let minusDM = s[base + 6];
  let plusDM = s[base + 5];
  let range = s[base + 7];
  minusDM = minusDM - minusDM / period + down * minusFlag;
  plusDM = plusDM - plusDM / period + up * plusFlag;
  range = range - range / period + trueRange;
  s[base + 6] = minusDM;
  s[base + 5] = plusDM;
  s[base + 7] = range;
  let dx = 0;
  let hasDx = false;
  let minusDI = 0;
  let plusDI = 0;
  if (!isTaLibZero(range)) {
    minusDI = 100 * (minusDM / range);
    plusDI = 100 * (plusDM / range);
    const sum = minusDI + plusDI;
    if (!isTaLibZero(sum)) {
      dx = 100 * (Math.abs(minusDI - plusDI) / sum);
      hasDx = true;
    }
  }
  const adxStart = 2 * period - 1;
  let adx = s[base + 9];
  if (t <= adxStart) {
    if (hasDx) s[base + 8] += dx;
    if (t < adxStart) return pushNoLines(s, out);
    adx = s[base + 8] / period;
  } else if (hasDx) {
    adx = (adx * (period - 1) + dx) / period;
  }
  s[base + 9] = adx;
  const size = 2 + s[out];
  ringPush(s, out, plusDI);
  ringPush(s, out + size, minusDI);
  ringPush(s, out + 2 * size, adx);
}

/** Line `line` (0 +DI, 1 -DI, 2 ADX) `ago` bars back, NaN during warm-up. */
export function directionalMovementAt(s: Float64Array, base: number, line: number, ago: number): number {
  const out = base + DMI_OUT;
  return ringAt(s, out + line * (2 + s[out]), ago);
}

// SAR block: [acceleration, maximum, count, long (1/0), SAR, extreme point, factor, previous high,
//             previous low, ring of values].
const SAR_OUT = 9;

/** Wilder's parabolic SAR as TA-Lib computes it (acceleration lowered to the maximum if above it). */
export function parabolicSarNode(builder: FeatureProgramBuilder, acceleration: number, maximum: number, history: number): ProgramNode {
  return builder.node(`sar:${acceleration}:${maximum}`, history, () => ({
    kind: OpKind.ParabolicSar,
    size: (h) => SAR_OUT + ringSize(h),
    init(template, base, h) {
      template[base] = acceleration > maximum ? maximum : acceleration;
      template[base + 1] = maximum;
      template[base + 3] = 1;
      initRing(template, base + SAR_OUT, h);
    },
  }));
}

export function parabolicSarStep(s: Float64Array, base: number): void {
  const high = s[HIGH];
  const low = s[LOW];
  const acceleration = s[base];
  const count = s[base + 2];
  if (count === 0) {
    s[base + 2] = 1;
    s[base + 7] = high;
    s[base + 8] = low;
    return ringPush(s, base + SAR_OUT, NaN);
  }
  if (count === 1) {
    s[base + 2] = 2;
    const up = high - s[base + 7];
    const down = s[base + 8] - low;
    const isLong = !(down > 0 && up < down);
    s[base + 3] = isLong ? 1 : 0;
    s[base + 4] = isLong ? s[base + 8] : s[base + 7];
    s[base + 5] = isLong ? high : low;
    s[base + 6] = acceleration;
    // TA-Lib's loop starts with bar 1 as its own "previous" bar.
    s[base + 7] = high;
    s[base + 8] = low;
  }
  const previousHigh = s[base + 7];
  const previousLow = s[base + 8];
  let sar = s[base + 4];
  let reported: number;
  if (s[base + 3] === 1) {
    if (low <= sar) {
      s[base + 3] = 0;
      sar = s[base + 5];
      if (sar < previousHigh) sar = previousHigh;
      if (sar < high) sar = high;
      reported = sar;
      s[base + 6] = acceleration;
      s[base + 5] = low;
      sar = sar + acceleration * (low - sar);
      if (sar < previousHigh) sar = previousHigh;
      if (sar < high) sar = high;
    } else {
      reported = sar;
      if (high > s[base + 5]) {
        s[base + 5] = high;
        let factor = s[base + 6] + acceleration;
        if (factor > s[base + 1]) factor = s[base + 1];
        s[base + 6] = factor;
      }
      sar = sar + s[base + 6] * (s[base + 5] - sar);
      if (sar > previousLow) sar = previousLow;
      if (sar > low) sar = low;
    }
  } else if (high >= sar) {
    s[base + 3] = 1;
    sar = s[base + 5];
    if (sar > previousLow) sar = previousLow;
    if (sar > low) sar = low;
    reported = sar;
    s[base + 6] = acceleration;
    s[base + 5] = high;
    sar = sar + acceleration * (high - sar);
    if (sar > previousLow) sar = previousLow;
    if (sar > low) sar = low;
  } else {
    reported = sar;
    if (low < s[base + 5]) {
      s[base + 5] = low;
      let factor = s[base + 6] + acceleration;
      if (factor > s[base + 1]) factor = s[base + 1];
      s[base + 6] = factor;
    }
    sar = sar + s[base + 6] * (s[base + 5] - sar);
    if (sar < previousHigh) sar = previousHigh;
    if (sar < high) sar = high;
  }
  s[base + 4] = sar;
  s[base + 7] = high;
  s[base + 8] = low;
  ringPush(s, base + SAR_OUT, reported);
}

/** The SAR `ago` bars back, NaN on the first bar. */
export function parabolicSarAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + SAR_OUT, ago);
}
