import { atrRatioStep } from './atr-ratio-op.js';
import { exponentialAverageStep, windowSumsStep } from './average-ops.js';
import { calendarMomentumStep } from './calendar-momentum-op.js';
import { OpKind } from './op-kind.js';
import { macdStep, relativeStrengthStep } from './momentum-ops.js';
import { averageTrueRangeStep, supertrendStep, trueRangeStep } from './range-ops.js';
import { positiveClosesStep, seriesStep } from './series-op.js';
import { stochasticStep } from './stochastic-op.js';
import { swingPointsStep } from './swing-points-op.js';
import { directionalMovementStep, parabolicSarStep } from './trend-ops.js';
import { moneyFlowStep, onBalanceVolumeStep } from './volume-ops.js';
import { vwapDeviationStep } from './vwap-deviation-op.js';
import { windowExtremesStep } from './window-extremes-op.js';

/**
 * Runs every computation of a program on the bar already written into the state header. `ops`
 * holds runs of one kind, in run order: kind, count, then the block offset of each. One switch per
 * kind instead of a method call per feature: each case loops over direct calls to one known
 * function, so there is no megamorphic dispatch and nothing is boxed (the step functions take the
 * state and an offset only).
 */
export function runOps(ops: Int32Array, s: Float64Array): void {
  for (let i = 0; i < ops.length; ) {
    const kind = ops[i];
    const end = i + 2 + ops[i + 1];
    i += 2;
    switch (kind) {
      case OpKind.Series:
        for (; i < end; i++) seriesStep(s, ops[i]);
        break;
      case OpKind.PositiveCloses:
        for (; i < end; i++) positiveClosesStep(s, ops[i]);
        break;
      case OpKind.TrueRange:
        for (; i < end; i++) trueRangeStep(s, ops[i]);
        break;
      case OpKind.AverageTrueRange:
        for (; i < end; i++) averageTrueRangeStep(s, ops[i]);
        break;
      case OpKind.ExponentialAverage:
        for (; i < end; i++) exponentialAverageStep(s, ops[i]);
        break;
      case OpKind.WindowSums:
        for (; i < end; i++) windowSumsStep(s, ops[i]);
        break;
      case OpKind.RelativeStrength:
        for (; i < end; i++) relativeStrengthStep(s, ops[i]);
        break;
      case OpKind.Macd:
        for (; i < end; i++) macdStep(s, ops[i]);
        break;
      case OpKind.WindowExtremes:
        for (; i < end; i++) windowExtremesStep(s, ops[i]);
        break;
      case OpKind.Stochastic:
        for (; i < end; i++) stochasticStep(s, ops[i]);
        break;
      case OpKind.MoneyFlow:
        for (; i < end; i++) moneyFlowStep(s, ops[i]);
        break;
      case OpKind.OnBalanceVolume:
        for (; i < end; i++) onBalanceVolumeStep(s, ops[i]);
        break;
      case OpKind.DirectionalMovement:
        for (; i < end; i++) directionalMovementStep(s, ops[i]);
        break;
      case OpKind.ParabolicSar:
        for (; i < end; i++) parabolicSarStep(s, ops[i]);
        break;
      case OpKind.Supertrend:
        for (; i < end; i++) supertrendStep(s, ops[i]);
        break;
      case OpKind.SwingPoints:
        for (; i < end; i++) swingPointsStep(s, ops[i]);
        break;
      case OpKind.VwapDeviation:
        for (; i < end; i++) vwapDeviationStep(s, ops[i]);
        break;
      case OpKind.CalendarMomentum:
        for (; i < end; i++) calendarMomentumStep(s, ops[i]);
        break;
      case OpKind.AtrRatio:
        for (; i < end; i++) atrRatioStep(s, ops[i]);
        break;
    }
    i = end;
  }
}
