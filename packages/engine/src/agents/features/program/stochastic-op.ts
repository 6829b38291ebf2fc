import { percentK } from '../../../indicators/momentum/stochastic-k.js';
import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, COUNT, initRing, ringAt, ringPush, ringSize } from './program-state.js';
import { windowExtremesNode } from './window-extremes-op.js';

// Running mean sub-block, SimpleMovingAverage's arithmetic over its own inputs:
// [period, slot, count, total, input then mean (NaN until `period` inputs), window × period].
const MEAN_VALUE = 4;
const MEAN_WINDOW = 5;

function meanSize(period: number): number {
  return MEAN_WINDOW + period;
}

function initMean(template: Float64Array, at: number, period: number): void {
  template[at] = period;
}

/**
 * Adds the input written at `at + MEAN_VALUE` and writes there the mean of the last `period`
 * inputs (NaN until there are `period`). Numbers go through the state, not arguments or the
 * return value, so that a call V8 does not inline boxes nothing.
 */
function meanPush(s: Float64Array, at: number): void {
  const period = s[at];
  const slot = s[at + 1];
  const input = s[at + MEAN_VALUE];
  s[at + MEAN_WINDOW + slot] = input;
  const next = slot + 1 === period ? 0 : slot + 1;
  s[at + 1] = next;
  const total = s[at + 3] + input;
  if (s[at + 2] < period - 1) {
    s[at + 2] += 1;
    s[at + 3] = total;
    s[at + MEAN_VALUE] = NaN;
    return;
  }
  s[at + 3] = total - s[at + MEAN_WINDOW + next];
  s[at + MEAN_VALUE] = total / period;
}

// Stochastic block: [fast %K period, extremes block offset, %K mean, %D mean, ring of %K, ring of %D].
const STOCH_K_MEAN = 2;

/** Slow stochastic (TA-Lib STOCH, SMA smoothing) on the shared window extremes of `fastK` bars. */
export function stochasticNode(builder: FeatureProgramBuilder, fastK: number, slowK: number, slowD: number, history: number): ProgramNode {
  const extremes = windowExtremesNode(builder, fastK, 1);
  return builder.node(`stoch:${fastK}:${slowK}:${slowD}`, history, () => {
    const out = STOCH_K_MEAN + meanSize(slowK) + meanSize(slowD);
    return {
      kind: OpKind.Stochastic,
      size: (h) => out + 2 * ringSize(h),
      init(template, base, h) {
        template[base] = fastK;
        template[base + 1] = extremes.base;
        initMean(template, base + STOCH_K_MEAN, slowK);
        initMean(template, base + STOCH_K_MEAN + meanSize(slowK), slowD);
        initRing(template, base + out, h);
        initRing(template, base + out + ringSize(h), h);
      },
    };
  });
}

export function stochasticStep(s: Float64Array, base: number): void {
  const kMean = base + STOCH_K_MEAN;
  const dMean = kMean + MEAN_WINDOW + s[kMean];
  const out = dMean + MEAN_WINDOW + s[dMean];
  const dOut = out + 2 + s[out];
  if (s[COUNT] < s[base]) {
    ringPush(s, out, NaN);
    ringPush(s, dOut, NaN);
    return;
  }
  const extremes = s[base + 1];
  s[kMean + MEAN_VALUE] = percentK(s[extremes + 1], s[extremes + 3], s[CLOSE]);
  meanPush(s, kMean);
  const k = s[kMean + MEAN_VALUE];
  let d = NaN;
  if (!Number.isNaN(k)) {
    s[dMean + MEAN_VALUE] = k;
    meanPush(s, dMean);
    d = s[dMean + MEAN_VALUE];
  }
  ringPush(s, out, Number.isNaN(d) ? NaN : k);
  ringPush(s, dOut, d);
}

function stochasticOut(s: Float64Array, base: number): number {
  const kMean = base + STOCH_K_MEAN;
  const dMean = kMean + MEAN_WINDOW + s[kMean];
  return dMean + MEAN_WINDOW + s[dMean];
}

/** Slow %K `ago` bars back, NaN during warm-up. */
export function stochasticKAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, stochasticOut(s, base), ago);
}

/** Slow %D `ago` bars back, NaN during warm-up. */
export function stochasticDAt(s: Float64Array, base: number, ago: number): number {
  const out = stochasticOut(s, base);
  return ringAt(s, out + 2 + s[out], ago);
}
