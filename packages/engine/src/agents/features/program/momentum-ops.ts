import { isTaLibZero } from '../../../indicators/support/ta-lib-zero.js';
import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, initRing, ringAt, ringPush, ringSize } from './program-state.js';

// Arithmetic copied operation for operation from RelativeStrengthIndex and
// MovingAverageConvergenceDivergence, so values are bit-identical to the indicator classes
// (program-equivalence.test.ts checks it).

// RSI block: [period, count, previous close, average gain, average loss, ring of values].
const RSI_OUT = 5;

/** RSI(period) of the close, Wilder smoothing. */
export function relativeStrengthNode(builder: FeatureProgramBuilder, period: number, history: number): ProgramNode {
  return builder.node(`rsi:${period}`, history, () => ({
    kind: OpKind.RelativeStrength,
    size: (h) => RSI_OUT + ringSize(h),
    init(template, base, h) {
      template[base] = period;
      initRing(template, base + RSI_OUT, h);
    },
  }));
}

export function relativeStrengthStep(s: Float64Array, base: number): void {
  const period = s[base];
  const input = s[CLOSE];
  const out = base + RSI_OUT;
  const change = input - s[base + 2];
  s[base + 2] = input;
  let count = s[base + 1];
  if (count <= period) {
    count++;
    s[base + 1] = count;
    if (count === 1) return ringPush(s, out, NaN);
    if (change < 0) s[base + 4] -= change;
    else s[base + 3] += change;
    if (count <= period) return ringPush(s, out, NaN);
    s[base + 4] /= period;
    s[base + 3] /= period;
  } else {
    const size = Math.abs(change);
    s[base + 4] = (s[base + 4] * (period - 1) + (size - change) * 0.5) / period;
    s[base + 3] = (s[base + 3] * (period - 1) + (change + size) * 0.5) / period;
  }
  const gain = s[base + 3];
  const total = gain + s[base + 4];
  ringPush(s, out, isTaLibZero(total) ? 0 : 100 * (gain / total));
}

/** The RSI `ago` bars back, NaN during warm-up. */
export function relativeStrengthAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + RSI_OUT, ago);
}

// MACD block: [fast, slow, signal, fast k, slow k, signal k, lookback, count, fast seed, slow seed,
//              signal seed, fast EMA, slow EMA, signal EMA, ring of MACD, ring of signal].
const MACD_OUT = 14;

/** MACD(fast, slow, signal) of the close, TA-Lib's seeding (both EMAs start at the slow one's bar). */
export function macdNode(builder: FeatureProgramBuilder, fastPeriod: number, slowPeriod: number, signal: number, history: number): ProgramNode {
  // A slow period below the fast one is swapped, as TA-Lib (and the MACD class) do.
  const fast = slowPeriod < fastPeriod ? slowPeriod : fastPeriod;
  const slow = slowPeriod < fastPeriod ? fastPeriod : slowPeriod;
  return builder.node(`macd:${fast}:${slow}:${signal}`, history, () => ({
    kind: OpKind.Macd,
    size: (h) => MACD_OUT + 2 * ringSize(h),
    init(template, base, h) {
      template[base] = fast;
      template[base + 1] = slow;
      template[base + 2] = signal;
      template[base + 3] = 2 / (fast + 1);
      template[base + 4] = 2 / (slow + 1);
      template[base + 5] = 2 / (signal + 1);
      template[base + 6] = slow - 1 + (signal - 1);
      initRing(template, base + MACD_OUT, h);
      initRing(template, base + MACD_OUT + ringSize(h), h);
    },
  }));
}

export function macdStep(s: Float64Array, base: number): void {
  const input = s[CLOSE];
  const out = base + MACD_OUT;
  const signalOut = out + 2 + s[out];
  const count = s[base + 7];
  const slow = s[base + 1];
  let fastEma: number;
  let slowEma: number;
  if (count < slow) {
    s[base + 9] += input;
    if (count >= slow - s[base]) s[base + 8] += input;
    if (count < slow - 1) {
      s[base + 7] = count + 1;
      ringPush(s, out, NaN);
      ringPush(s, signalOut, NaN);
      return;
    }
    slowEma = s[base + 9] / slow;
    fastEma = s[base + 8] / s[base];
  } else {
    slowEma = s[base + 12];
    fastEma = s[base + 11];
    slowEma = (input - slowEma) * s[base + 4] + slowEma;
    fastEma = (input - fastEma) * s[base + 3] + fastEma;
  }
  s[base + 11] = fastEma;
  s[base + 12] = slowEma;
  const macd = fastEma - slowEma;
  const lookback = s[base + 6];
  if (count < lookback) {
    s[base + 7] = count + 1;
    s[base + 10] += macd;
    ringPush(s, out, NaN);
    ringPush(s, signalOut, NaN);
    return;
  }
  let signalEma: number;
  if (count === lookback) {
    s[base + 7] = count + 1;
    s[base + 10] += macd;
    signalEma = s[base + 10] / s[base + 2];
  } else {
    signalEma = s[base + 13];
    signalEma = (macd - signalEma) * s[base + 5] + signalEma;
  }
  s[base + 13] = signalEma;
  ringPush(s, out, macd);
  ringPush(s, signalOut, signalEma);
}

/** The MACD line `ago` bars back, NaN during warm-up. */
export function macdAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + MACD_OUT, ago);
}

/** The MACD signal line `ago` bars back, NaN during warm-up. */
export function macdSignalAt(s: Float64Array, base: number, ago: number): number {
  const out = base + MACD_OUT;
  return ringAt(s, out + 2 + s[out], ago);
}
