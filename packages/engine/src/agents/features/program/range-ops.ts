import { trueRangeOf } from '../../../indicators/support/true-range-of.js';
import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, HIGH, initRing, LOW, ringAt, ringPush, ringSize } from './program-state.js';

// Arithmetic copied operation for operation from TrueRange, AverageTrueRange and Supertrend, so
// values are bit-identical to the indicator classes (program-equivalence.test.ts checks it). The
// true range is computed once per bar for every ATR, and one ATR per period serves ATR(n),
// SUPERTREND(n, m) and KELTNER(.., .., n).

// True-range block: [started, previous close, ring of true ranges].
const TR_OUT = 2;

/** True range of each bar (none on the first). */
export function trueRangeNode(builder: FeatureProgramBuilder, history: number): ProgramNode {
  return builder.node('trange', history, () => ({
    kind: OpKind.TrueRange,
    size: (h) => TR_OUT + ringSize(h),
    init(template, base, h) {
      template[base + 1] = NaN;
      initRing(template, base + TR_OUT, h);
    },
  }));
}

export function trueRangeStep(s: Float64Array, base: number): void {
  const close = s[CLOSE];
  if (s[base] === 0) {
    s[base] = 1;
    s[base + 1] = close;
    ringPush(s, base + TR_OUT, NaN);
    return;
  }
  ringPush(s, base + TR_OUT, trueRangeOf(s[HIGH], s[LOW], s[base + 1]));
  s[base + 1] = close;
}

/** The true range `ago` bars back, NaN on the first bar. */
export function trueRangeAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + TR_OUT, ago);
}

// ATR block: [period, true-range ring offset, count, seed total, previous, ring of values].
const ATR_OUT = 5;

/** ATR(period), Wilder smoothing seeded with the mean of the first `period` true ranges. */
export function averageTrueRangeNode(builder: FeatureProgramBuilder, period: number, history: number): ProgramNode {
  const trueRange = trueRangeNode(builder, 1);
  return builder.node(`atr:${period}`, history, () => ({
    kind: OpKind.AverageTrueRange,
    size: (h) => ATR_OUT + ringSize(h),
    init(template, base, h) {
      template[base] = period;
      template[base + 1] = trueRange.base + TR_OUT;
      initRing(template, base + ATR_OUT, h);
    },
  }));
}

export function averageTrueRangeStep(s: Float64Array, base: number): void {
  const count = s[base + 2];
  const out = base + ATR_OUT;
  if (count === 0) {
    s[base + 2] = 1;
    ringPush(s, out, NaN);
    return;
  }
  const period = s[base];
  const tr = ringAt(s, s[base + 1], 0);
  if (count < period) {
    s[base + 2] = count + 1;
    s[base + 3] += tr;
    ringPush(s, out, NaN);
    return;
  }
  let value: number;
  if (count === period) {
    s[base + 2] = count + 1;
    value = (s[base + 3] + tr) / period;
  } else {
    value = (s[base + 4] * (period - 1) + tr) / period;
  }
  s[base + 4] = value;
  ringPush(s, out, value);
}

/** Offset of an ATR node's ring of values, for computations that read it. */
export function averageTrueRangeRing(node: ProgramNode): number {
  return node.base + ATR_OUT;
}

/** The ATR `ago` bars back, NaN during warm-up. */
export function averageTrueRangeAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + ATR_OUT, ago);
}

// Supertrend block: [multiplier, ATR ring offset, started, previous close, upper, lower, direction,
//                    ring of lines, ring of directions].
const TREND_OUT = 7;

/** Supertrend line and direction on ATR(atrPeriod), as the Supertrend class defines them. */
export function supertrendNode(builder: FeatureProgramBuilder, atrPeriod: number, multiplier: number, history: number): ProgramNode {
  const atr = averageTrueRangeNode(builder, atrPeriod, 1);
  return builder.node(`supertrend:${atrPeriod}:${multiplier}`, history, () => ({
    kind: OpKind.Supertrend,
    size: (h) => TREND_OUT + 2 * ringSize(h),
    init(template, base, h) {
      template[base] = multiplier;
      template[base + 1] = atr.base + ATR_OUT;
      template[base + 6] = -1;
      initRing(template, base + TREND_OUT, h);
      initRing(template, base + TREND_OUT + ringSize(h), h);
    },
  }));
}

export function supertrendStep(s: Float64Array, base: number): void {
  const out = base + TREND_OUT;
  const directionOut = out + 2 + s[out];
  const close = s[CLOSE];
  const atr = ringAt(s, s[base + 1], 0);
  const previousClose = s[base + 3];
  s[base + 3] = close;
  if (Number.isNaN(atr)) {
    ringPush(s, out, NaN);
    ringPush(s, directionOut, NaN);
    return;
  }
  const middle = (s[HIGH] + s[LOW]) / 2;
  const width = s[base] * atr;
  const basicUpper = middle + width;
  const basicLower = middle - width;
  let upper = s[base + 4];
  let lower = s[base + 5];
  let direction = s[base + 6];
  if (s[base + 2] === 0) {
    s[base + 2] = 1;
    upper = basicUpper;
    lower = basicLower;
    direction = -1;
  } else {
    if (basicLower > lower || previousClose < lower) lower = basicLower;
    if (basicUpper < upper || previousClose > upper) upper = basicUpper;
    if (direction < 0) {
      if (close > upper) direction = 1;
    } else if (close < lower) {
      direction = -1;
    }
  }
  s[base + 4] = upper;
  s[base + 5] = lower;
  s[base + 6] = direction;
  ringPush(s, out, direction > 0 ? lower : upper);
  ringPush(s, directionOut, direction);
}

/** The Supertrend line `ago` bars back, NaN during warm-up. */
export function supertrendAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + TREND_OUT, ago);
}

/** The Supertrend direction (1 up, -1 down) `ago` bars back, NaN during warm-up. */
export function supertrendDirectionAt(s: Float64Array, base: number, ago: number): number {
  const out = base + TREND_OUT;
  return ringAt(s, out + 2 + s[out], ago);
}
