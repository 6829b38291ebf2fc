import { describe, expect, it } from 'vitest';
import { fitGradientBoostedTrees } from './fit-gradient-boosted-trees.js';
import { GradientBoostedTrees } from './gradient-boosted-trees.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { hitRate, rowRange, syntheticRows } from './models.test-support.js';

// An interaction no linear model can express: up when x0 and x1 have the same sign.
const truth = (x: Float64Array): number => (x[0] * x[1] > 0 ? 0.85 : 0.15);
const data = syntheticRows(6000, 3, truth, 5);
const train = rowRange(data, 0, 4000);
const test = rowRange(data, 4000, 6000);

describe('fitGradientBoostedTrees', () => {
  it('learns an interaction out of sample where a logistic regression stays at chance', () => {
    const trees = fitGradientBoostedTrees(train, { trees: 60, maxDepth: 2, minLeafRows: 20 });
    const linear = fitLogisticRegression(train);
    expect(hitRate(test, (x) => trees.probabilityUp(x))).toBeGreaterThan(0.78);
    expect(hitRate(test, (x) => linear.probabilityUp(x))).toBeLessThan(0.56);
  });

  it('gives the same trees for the same seed and reports progress per tree', () => {
    const seen: number[] = [];
    const first = fitGradientBoostedTrees(train, { trees: 5, seed: 3, onProgress: (done) => seen.push(done) });
    const second = fitGradientBoostedTrees(train, { trees: 5, seed: 3 });
    const other = fitGradientBoostedTrees(train, { trees: 5, seed: 4 });
    expect(second.toArtifact()).toEqual(first.toArtifact());
    expect(other.toArtifact()).not.toEqual(first.toArtifact());
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps every leaf at least minLeafRows and no deeper than maxDepth', () => {
    const model = fitGradientBoostedTrees(train, { trees: 3, maxDepth: 2, minLeafRows: 900, subsample: 1 });
    for (const tree of model.parameters.trees) {
      expect(tree.feature.length).toBeLessThanOrEqual(7);
      expect(tree.feature.filter((f) => f >= 0).length).toBeLessThanOrEqual(3);
    }
  });

  it('survives a JSON round trip with identical probabilities and rejects a tree linking outside itself', () => {
    const model = fitGradientBoostedTrees(train, { trees: 10 });
    const copy = GradientBoostedTrees.fromArtifact(JSON.parse(JSON.stringify(model.toArtifact())));
    const x = Float64Array.of(0.4, -0.2, 1.1);
    expect(copy.probabilityUp(x)).toBe(model.probabilityUp(x));
    const artifact = model.toArtifact();
    const broken = { ...artifact, trees: [{ ...artifact.trees[0], left: artifact.trees[0].left.map((l) => (l > 0 ? 99 : l)) }] };
    expect(() => GradientBoostedTrees.fromArtifact(broken)).toThrow('child links');
  });

  it('names a bad option', () => {
    expect(() => fitGradientBoostedTrees(train, { subsample: 1.5 })).toThrow('subsample must be in (0, 1]');
    expect(() => fitGradientBoostedTrees(train, { maxDepth: 0 })).toThrow('maxDepth must be a positive integer');
  });
});
