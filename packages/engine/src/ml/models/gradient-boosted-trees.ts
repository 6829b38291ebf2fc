import { z } from 'zod';
import type { DirectionModel } from './direction-model.js';
import { calibrationFromArtifact } from './fit-calibration.js';
import { calibrationArtifactSchema, UNCALIBRATED, type CalibrationArtifact, type ProbabilityCalibration } from './probability-calibration.js';
import { regressionTreeSchema, treeValue, type RegressionTree } from './regression-tree.js';

/** The parameters of a {@link GradientBoostedTrees} model. */
export interface GradientBoostedTreesParameters {
  /** Number of features a vector must have. */
  readonly features: number;
  /** Log-odds every prediction starts from (the training rows' base rate). */
  readonly baseMargin: number;
  readonly trees: readonly RegressionTree[];
}

/** A gradient-boosted trees model's artifact. */
export type GradientBoostedTreesArtifact = { readonly kind: 'gradient-boosted-trees'; readonly calibration: CalibrationArtifact } & GradientBoostedTreesParameters;

/** Schema of {@link GradientBoostedTreesArtifact}. */
export const gradientBoostedTreesArtifactSchema = z
  .strictObject({
    kind: z.literal('gradient-boosted-trees'),
    features: z.number().int().positive(),
    baseMargin: z.number().refine(Number.isFinite, 'must be a finite number'),
    trees: z.array(regressionTreeSchema),
    calibration: calibrationArtifactSchema,
  })
  .refine((a) => a.trees.every((tree) => tree.feature.every((f) => f < a.features)), { message: 'a tree splits on a feature the model does not have', path: ['trees'] });

/** Boosted regression trees on the log-loss gradient; the sum of their leaves is a margin (log-odds), then calibrated. */
export class GradientBoostedTrees implements DirectionModel {
  readonly kind = 'gradient-boosted-trees';

  constructor(
    readonly parameters: GradientBoostedTreesParameters,
    readonly calibration: ProbabilityCalibration = UNCALIBRATED,
  ) {}

  /** Log-odds before calibration. */
  margin(features: ArrayLike<number>): number {
    if (features.length !== this.parameters.features) throw new RangeError(`gradient-boosted trees expect ${this.parameters.features} features, got ${features.length}`);
    let sum = this.parameters.baseMargin;
    for (const tree of this.parameters.trees) sum += treeValue(tree, features);
    return sum;
  }

  probabilityUp(features: Float64Array): number {
    return this.calibration.apply(this.margin(features));
  }

  /** The same model with another calibration. */
  withCalibration(calibration: ProbabilityCalibration): GradientBoostedTrees {
    return new GradientBoostedTrees(this.parameters, calibration);
  }

  toArtifact(): GradientBoostedTreesArtifact {
    const { features, baseMargin, trees } = this.parameters;
    return { kind: 'gradient-boosted-trees', features, baseMargin, trees: trees.map((tree) => ({ ...tree })), calibration: this.calibration.toArtifact() };
  }

  /** Rebuilds a model from its artifact; throws a RangeError naming the bad field. */
  static fromArtifact(artifact: unknown): GradientBoostedTrees {
    const parsed = gradientBoostedTreesArtifactSchema.safeParse(artifact);
    if (!parsed.success) throw new RangeError(`invalid gradient-boosted-trees artifact: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    const { calibration, kind: _kind, ...parameters } = parsed.data;
    return new GradientBoostedTrees(parameters, calibrationFromArtifact(calibration));
  }
}
