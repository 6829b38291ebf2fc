import { fitIsotonicCalibration, IsotonicCalibration } from './isotonic-calibration.js';
import { fitPlattCalibration, PlattCalibration } from './platt-calibration.js';
import { UNCALIBRATED, type CalibrationArtifact, type CalibrationMethod, type ProbabilityCalibration } from './probability-calibration.js';

/** Fits the calibration `method` on held-out margins and their 0/1 labels. */
export function fitCalibration(method: CalibrationMethod, margins: ArrayLike<number>, labels: ArrayLike<number>): ProbabilityCalibration {
  if (method === 'platt') return fitPlattCalibration(margins, labels);
  if (method === 'isotonic') return fitIsotonicCalibration(margins, labels);
  return UNCALIBRATED;
}

/** The calibration an artifact (already validated) describes. */
export function calibrationFromArtifact(artifact: CalibrationArtifact): ProbabilityCalibration {
  if (artifact.method === 'platt') return new PlattCalibration(artifact.slope, artifact.intercept);
  if (artifact.method === 'isotonic') return new IsotonicCalibration(artifact.margins, artifact.probabilities);
  return UNCALIBRATED;
}
