import { PROBABILITY_FLOOR } from '../models/logistic-function.js';

/** One bin of a calibration table: predictions in [from, to), their mean and the observed share of ups. */
export interface CalibrationBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Null when the bin is empty. */
  readonly meanPredicted: number | null;
  readonly observedUp: number | null;
}

/** Out-of-sample quality of direction probabilities, with the baselines over the same rows. */
export interface DirectionMetrics {
  readonly predictions: number;
  /** Hit rate: share of rows where P(up) >= 0.5 matched the direction. */
  readonly accuracy: number;
  readonly logLoss: number;
  readonly brier: number;
  /** Share of up labels among the predicted rows. */
  readonly upShare: number;
  /** Hit rate of always calling the class that is in the majority among these very rows (hindsight; max(upShare, 1 - upShare)). */
  readonly majorityBaseline: number;
  /** Hit rate of always calling the majority class of each fold's training rows (what was knowable in advance). */
  readonly trainMajorityBaseline: number;
  /** Log-loss of always forecasting each fold's training up-share: what a calibrated model must beat. */
  readonly baseRateLogLoss: number;
  readonly calibration: readonly CalibrationBin[];
}

/** Rows predicted out of sample: probability, label and the training up-share of the fold that predicted it. */
export interface ScoredRows {
  readonly probabilities: ArrayLike<number>;
  readonly labels: ArrayLike<number>;
  readonly trainUpShares: ArrayLike<number>;
}

function crossEntropy(p: number, label: number): number {
  const q = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, p));
  return -Math.log(label === 1 ? q : 1 - q);
}

/** The metrics of `rows` with a calibration table of `bins` equal-width bins. */
export function directionMetrics(rows: ScoredRows, bins = 10): DirectionMetrics {
  const n = rows.probabilities.length;
  const counts = new Array<number>(bins).fill(0);
  const predictedSums = new Array<number>(bins).fill(0);
  const upSums = new Array<number>(bins).fill(0);
  let hits = 0;
  let logLoss = 0;
  let brier = 0;
  let ups = 0;
  let trainMajorityHits = 0;
  let baseRateLogLoss = 0;
  for (let i = 0; i < n; i++) {
    const p = rows.probabilities[i];
    const label = rows.labels[i];
    if ((p >= 0.5 ? 1 : 0) === label) hits++;
    logLoss += crossEntropy(p, label);
    brier += (p - label) ** 2;
    ups += label;
    const share = rows.trainUpShares[i];
    if ((share >= 0.5 ? 1 : 0) === label) trainMajorityHits++;
    baseRateLogLoss += crossEntropy(share, label);
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    counts[bin]++;
    predictedSums[bin] += p;
    upSums[bin] += label;
  }
  const upShare = n > 0 ? ups / n : NaN;
  return {
    predictions: n,
    accuracy: hits / n,
    logLoss: logLoss / n,
    brier: brier / n,
    upShare,
    majorityBaseline: Math.max(upShare, 1 - upShare),
    trainMajorityBaseline: trainMajorityHits / n,
    baseRateLogLoss: baseRateLogLoss / n,
    calibration: counts.map((count, b) => ({
      from: b / bins,
      to: (b + 1) / bins,
      count,
      meanPredicted: count > 0 ? predictedSums[b] / count : null,
      observedUp: count > 0 ? upSums[b] / count : null,
    })),
  };
}
