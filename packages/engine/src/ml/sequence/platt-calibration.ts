/** Platt scaling: calibrated P(up) = sigmoid(slope * score + intercept), where score is the model's raw logit. */
export interface PlattCalibration {
  readonly slope: number;
  readonly intercept: number;
}

/** The calibration that leaves the model's own probability unchanged. */
export const IDENTITY_CALIBRATION: PlattCalibration = { slope: 1, intercept: 0 };

/** Numerically stable logistic function. */
export function sigmoid(value: number): number {
  if (value >= 0) return 1 / (1 + Math.exp(-value));
  const exponential = Math.exp(value);
  return exponential / (1 + exponential);
}

/** log(1 + e^value) without overflow. */
function softplus(value: number): number {
  return value > 0 ? value + Math.log1p(Math.exp(-value)) : Math.log1p(Math.exp(value));
}

/** Applies the calibration to a raw score. */
export function calibrate(calibration: PlattCalibration, score: number): number {
  return sigmoid(calibration.slope * score + calibration.intercept);
}

/**
 * Fits slope and intercept by Newton's method with backtracking on the log-loss (Lin, Lin & Weng 2007). Targets are
 * Platt's smoothed labels ((N+ + 1)/(N+ + 2) and 1/(N- + 2)) so a small or one-sided sample cannot drive the
 * probabilities to exactly 0 or 1. Starts from the identity, so an already calibrated model barely moves.
 */
export function fitPlattCalibration(scores: ArrayLike<number>, labels: ArrayLike<number>): PlattCalibration {
  const count = scores.length;
  if (count !== labels.length) throw new RangeError(`${count} scores but ${labels.length} labels`);
  if (count === 0) throw new RangeError('cannot fit a calibration on no samples');
  let positives = 0;
  for (let index = 0; index < count; index += 1) positives += labels[index] === 1 ? 1 : 0;
  const negatives = count - positives;
  const positiveTarget = (positives + 1) / (positives + 2);
  const negativeTarget = 1 / (negatives + 2);
  const target = (index: number): number => (labels[index] === 1 ? positiveTarget : negativeTarget);
  const loss = (slope: number, intercept: number): number => {
    let total = 0;
    for (let index = 0; index < count; index += 1) {
      const z = slope * scores[index] + intercept;
      total += softplus(z) - target(index) * z;
    }
    return total;
  };

  let slope = 1;
  let intercept = 0;
  let current = loss(slope, intercept);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    let gradientSlope = 0;
    let gradientIntercept = 0;
    let hessianSlopeSlope = 1e-12;
    let hessianSlopeIntercept = 0;
    let hessianInterceptIntercept = 1e-12;
    for (let index = 0; index < count; index += 1) {
      const score = scores[index];
      const probability = sigmoid(slope * score + intercept);
      const residual = probability - target(index);
      const curvature = probability * (1 - probability);
      gradientSlope += residual * score;
      gradientIntercept += residual;
      hessianSlopeSlope += curvature * score * score;
      hessianSlopeIntercept += curvature * score;
      hessianInterceptIntercept += curvature;
    }
    if (Math.abs(gradientSlope) < 1e-9 * count && Math.abs(gradientIntercept) < 1e-9 * count) break;
    const determinant = hessianSlopeSlope * hessianInterceptIntercept - hessianSlopeIntercept * hessianSlopeIntercept;
    const stepSlope = -(hessianInterceptIntercept * gradientSlope - hessianSlopeIntercept * gradientIntercept) / determinant;
    const stepIntercept = -(hessianSlopeSlope * gradientIntercept - hessianSlopeIntercept * gradientSlope) / determinant;
    let stepSize = 1;
    let improved = false;
    while (stepSize >= 1e-10) {
      const nextSlope = slope + stepSize * stepSlope;
      const nextIntercept = intercept + stepSize * stepIntercept;
      const next = loss(nextSlope, nextIntercept);
      if (next < current + 1e-4 * stepSize * (gradientSlope * stepSlope + gradientIntercept * stepIntercept)) {
        slope = nextSlope;
        intercept = nextIntercept;
        current = next;
        improved = true;
        break;
      }
      stepSize /= 2;
    }
    if (!improved) break;
  }
  return { slope, intercept };
}
