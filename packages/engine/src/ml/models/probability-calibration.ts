import { z } from 'zod';
import { sigmoid } from './logistic-function.js';

/** How a model's raw score (a margin, in log-odds) becomes a calibrated probability. */
export type CalibrationMethod = 'platt' | 'isotonic' | 'none';

/** A calibration's parameters as JSON data. */
export type CalibrationArtifact =
  | { readonly method: 'none' }
  | { readonly method: 'platt'; readonly slope: number; readonly intercept: number }
  | { readonly method: 'isotonic'; readonly margins: readonly number[]; readonly probabilities: readonly number[] };

/** Maps a margin to a calibrated probability of the positive class. */
export interface ProbabilityCalibration {
  readonly method: CalibrationMethod;
  apply(margin: number): number;
  toArtifact(): CalibrationArtifact;
}

/** The logistic function of the margin, unchanged. */
export const UNCALIBRATED: ProbabilityCalibration = Object.freeze({
  method: 'none' as const,
  apply: sigmoid,
  toArtifact: (): CalibrationArtifact => ({ method: 'none' }),
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** Schema of {@link CalibrationArtifact}. */
export const calibrationArtifactSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('none') }),
  z.strictObject({ method: z.literal('platt'), slope: finite, intercept: finite }),
  z
    .strictObject({ method: z.literal('isotonic'), margins: z.array(finite).min(1), probabilities: z.array(z.number().min(0).max(1)).min(1) })
    .refine((a) => a.margins.length === a.probabilities.length, { message: 'margins and probabilities must have the same length' }),
]);
