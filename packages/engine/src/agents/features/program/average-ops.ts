import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, fieldSlot, initRing, ringAt, ringPush, ringSize, type BarField } from './program-state.js';
import { seriesNode } from './series-op.js';

// Arithmetic copied operation for operation from ExponentialMovingAverage and SimpleMovingAverage /
// BollingerBands / RollingZScore / StandardDeviation (TA-Lib's running sums), so every value is
// bit-identical to the indicator classes; program-equivalence.test.ts checks it.

// EMA block: [period, k, count, seed total, previous, ring of values].
const EMA_OUT = 5;

/** EMA(period) of the close, TA-Lib convention (seeded with the SMA of the first `period` closes). */
export function exponentialAverageNode(builder: FeatureProgramBuilder, period: number, history: number): ProgramNode {
  return builder.node(`ema:${period}`, history, () => ({
    kind: OpKind.ExponentialAverage,
    size: (h) => EMA_OUT + ringSize(h),
    init(template, base, h) {
      template[base] = period;
      template[base + 1] = 2 / (period + 1);
      initRing(template, base + EMA_OUT, h);
    },
  }));
}

export function exponentialAverageStep(s: Float64Array, base: number): void {
  const period = s[base];
  const input = s[CLOSE];
  let value: number;
  if (s[base + 2] < period) {
    const count = s[base + 2] + 1;
    s[base + 2] = count;
    s[base + 3] += input;
    if (count < period) {
      ringPush(s, base + EMA_OUT, NaN);
      return;
    }
    value = s[base + 3] / period;
  } else {
    const previous = s[base + 4];
    value = (input - previous) * s[base + 1] + previous;
  }
  s[base + 4] = value;
  ringPush(s, base + EMA_OUT, value);
}

/** The EMA `ago` bars back, NaN during warm-up. */
export function exponentialAverageAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + EMA_OUT, ago);
}

// Window-sums block: [period, field slot, series ring offset, squares (1/0), count, total, total of
//                     squares, ring of window sums, ring of window sums of squares (with SQUARES only)].
const SUMS_OUT = 7;

/** Window-sums option: also keep the sum of squares (BBANDS, STDDEV, ZSCORE). */
export const SQUARES = 1;

/**
 * The sum (and with SQUARES the sum of squares) of the last `period` values of a bar field, kept as
 * TA-Lib keeps them (add the new value, read, drop the oldest): the state behind SMA, BBANDS,
 * STDDEV and ZSCORE, so those features share one computation per field and period.
 */
export function windowSumsNode(builder: FeatureProgramBuilder, field: BarField, period: number, history: number, flags = 0): ProgramNode {
  const series = seriesNode(builder, field, period);
  return builder.node(
    `sums:${field}:${period}`,
    history,
    () => ({
      kind: OpKind.WindowSums,
      size: (h, options) => SUMS_OUT + ((options & SQUARES) !== 0 ? 2 : 1) * ringSize(h),
      init(template, base, h, options) {
        template[base] = period;
        template[base + 1] = fieldSlot(field);
        template[base + 2] = series.base + 1;
        template[base + 3] = (options & SQUARES) !== 0 ? 1 : 0;
        initRing(template, base + SUMS_OUT, h);
        if ((options & SQUARES) !== 0) initRing(template, base + SUMS_OUT + ringSize(h), h);
      },
    }),
    flags,
  );
}

export function windowSumsStep(s: Float64Array, base: number): void {
  const period = s[base];
  const input = s[s[base + 1]];
  const out = base + SUMS_OUT;
  const total = s[base + 5] + input;
  const squares = s[base + 3] === 1;
  if (s[base + 4] < period - 1) {
    s[base + 4] += 1;
    s[base + 5] = total;
    ringPush(s, out, NaN);
    if (squares) {
      s[base + 6] += input * input;
      ringPush(s, out + 2 + s[out], NaN);
    }
    return;
  }
  const oldest = ringAt(s, s[base + 2], period - 1);
  s[base + 5] = total - oldest;
  ringPush(s, out, total);
  if (squares) {
    const totalSquares = s[base + 6] + input * input;
    s[base + 6] = totalSquares - oldest * oldest;
    ringPush(s, out + 2 + s[out], totalSquares);
  }
}

/** The window sum `ago` bars back, NaN before the window is full. */
export function windowSumAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + SUMS_OUT, ago);
}

/** The window sum of squares `ago` bars back (the node must have SQUARES), NaN before the window is full. */
export function windowSumOfSquaresAt(s: Float64Array, base: number, ago: number): number {
  const out = base + SUMS_OUT;
  return ringAt(s, out + 2 + s[out], ago);
}
