import { DoubleExponentialMovingAverage } from '../../indicators/moving-averages/double-exponential-moving-average.js';
import { ExponentialMovingAverage } from '../../indicators/moving-averages/exponential-moving-average.js';
import { KaufmanAdaptiveMovingAverage } from '../../indicators/moving-averages/kaufman-adaptive-moving-average.js';
import { MovingAverageConvergenceDivergence, type MacdValue } from '../../indicators/moving-averages/moving-average-convergence-divergence.js';
import { SimpleMovingAverage } from '../../indicators/moving-averages/simple-moving-average.js';
import { TripleExponentialAverage } from '../../indicators/moving-averages/triple-exponential-average.js';
import { TripleExponentialMovingAverage } from '../../indicators/moving-averages/triple-exponential-moving-average.js';
import { WeightedMovingAverage } from '../../indicators/moving-averages/weighted-moving-average.js';
import { onClose } from '../../indicators/support/on-close.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { exponentialAveragePlan, simpleAveragePlan } from './program/average-plans.js';
import { macdPlan } from './program/oscillator-plans.js';

// Every factory builds the key from its parameters so that equal keys always mean equal computations.

/** `SMA(period)` of the close. */
export function simpleMovingAverageFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`SMA(${period})`, () => onClose(new SimpleMovingAverage(period)), history, simpleAveragePlan('close', period));
}

/** `EMA(period)` of the close. */
export function exponentialMovingAverageFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`EMA(${period})`, () => onClose(new ExponentialMovingAverage(period)), history, exponentialAveragePlan(period));
}

/** `WMA(period)` of the close. */
export function weightedMovingAverageFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`WMA(${period})`, () => onClose(new WeightedMovingAverage(period)), history);
}

/** `DEMA(period)` of the close. */
export function doubleExponentialMovingAverageFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`DEMA(${period})`, () => onClose(new DoubleExponentialMovingAverage(period)), history);
}

/** `TEMA(period)` of the close. */
export function tripleExponentialMovingAverageFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`TEMA(${period})`, () => onClose(new TripleExponentialMovingAverage(period)), history);
}

/** `KAMA(period)` of the close (fast 2, slow 30 as TA-Lib). */
export function kaufmanAdaptiveMovingAverageFeature(period = 30, history = 2): FeatureRequest<number> {
  return defineFeature(`KAMA(${period})`, () => onClose(new KaufmanAdaptiveMovingAverage(period)), history);
}

/** `TRIX(period)` of the close. */
export function tripleExponentialAverageFeature(period = 30, history = 2): FeatureRequest<number> {
  return defineFeature(`TRIX(${period})`, () => onClose(new TripleExponentialAverage(period)), history);
}

/** `MACD(fast,slow,signal)` of the close. */
export function movingAverageConvergenceDivergenceFeature(fast = 12, slow = 26, signal = 9, history = 2): FeatureRequest<MacdValue> {
  return defineFeature(`MACD(${fast},${slow},${signal})`, () => onClose(new MovingAverageConvergenceDivergence(fast, slow, signal)), history, macdPlan(fast, slow, signal));
}
