import type { SignalOutcome } from './signal-outcome.js';

/** Summary statistics of a group of followed signals. */
export interface OutcomeAggregate {
  readonly signals: number;
  readonly targets: number;
  readonly stops: number;
  readonly expired: number;
  /** Signals scored right / wrong / push by the tracker's rule (unscored ones, without a dead-band, in none). */
  readonly right: number;
  readonly wrong: number;
  readonly pushes: number;
  /** right / (right + wrong), as the tracker counts a hit rate; NaN when none was scored. */
  readonly hitRate: number;
  /** Share of signals with a positive return. */
  readonly winRate: number;
  readonly meanReturn: number;
  /** Mean R-multiple of the signals that had a stop; NaN when none had. */
  readonly meanR: number;
  /** Mean excess return over the benchmark of the signals where it is known; NaN when none. */
  readonly meanExcessReturn: number;
  readonly meanConfidence: number;
}

const mean = (sum: number, count: number): number => (count === 0 ? NaN : sum / count);

/** Aggregates followed signals; every field is NaN or 0 for an empty group. */
export function aggregateOutcomes(outcomes: readonly SignalOutcome[]): OutcomeAggregate {
  let targets = 0, stops = 0, right = 0, wrong = 0, pushes = 0, wins = 0;
  let returns = 0, rSum = 0, rCount = 0, excessSum = 0, excessCount = 0, confidence = 0;
  for (const o of outcomes) {
    if (o.outcome === 'target') targets++;
    else if (o.outcome === 'stop') stops++;
    if (o.score === 'right') right++;
    else if (o.score === 'wrong') wrong++;
    else if (o.score === 'push') pushes++;
    if (o.return > 0) wins++;
    returns += o.return;
    confidence += o.confidence;
    if (o.rMultiple !== null) {
      rSum += o.rMultiple;
      rCount++;
    }
    if (Number.isFinite(o.excessReturn)) {
      excessSum += o.excessReturn;
      excessCount++;
    }
  }
  const n = outcomes.length;
  return {
    signals: n,
    targets,
    stops,
    expired: n - targets - stops,
    right,
    wrong,
    pushes,
    hitRate: mean(right, right + wrong),
    winRate: mean(wins, n),
    meanReturn: mean(returns, n),
    meanR: mean(rSum, rCount),
    meanExcessReturn: mean(excessSum, excessCount),
    meanConfidence: mean(confidence, n),
  };
}
