import { createSeededRandom } from '../../random/seeded-random.js';
import { binOf, featureBinEdges } from './feature-bins.js';
import { GradientBoostedTrees } from './gradient-boosted-trees.js';
import { assertTrainable, type LabelledRows } from './labelled-rows.js';
import { logit, sigmoid } from './logistic-function.js';
import type { RegressionTree } from './regression-tree.js';

/** Options of {@link fitGradientBoostedTrees}. */
export interface GradientBoostedTreesOptions {
  /** Default 100. */
  readonly trees?: number;
  /** Default 3. */
  readonly maxDepth?: number;
  /** Shrinkage of every leaf. Default 0.1. */
  readonly learningRate?: number;
  /** Fewest sampled rows a leaf may hold. Default 50. */
  readonly minLeafRows?: number;
  /** L2 penalty on leaf values (in the Newton step -G / (H + l2)). Default 1. */
  readonly l2?: number;
  /** Share of rows each tree is grown on, drawn with the seed. Default 0.5. */
  readonly subsample?: number;
  /** Quantile bins per feature (2..256). Default 32. */
  readonly maxBins?: number;
  readonly seed?: number;
  /** Called after every tree. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A node being grown: its histogram-space split (bin index) is only needed while training. */
interface GrowingTree {
  readonly feature: number[];
  readonly threshold: number[];
  readonly splitBin: number[];
  readonly left: number[];
  readonly right: number[];
  readonly value: number[];
}

interface Growth {
  readonly rowCount: number;
  readonly features: number;
  readonly codes: Uint8Array;
  readonly bins: readonly number[];
  readonly edges: readonly (readonly number[])[];
  readonly gradient: Float64Array;
  readonly hessian: Float64Array;
  readonly maxDepth: number;
  readonly minLeafRows: number;
  readonly l2: number;
  readonly learningRate: number;
  readonly maxBins: number;
}

function sums(rows: Int32Array, values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += values[rows[i]];
  return total;
}

/** The best split of `rows` by histogram: feature, bin (left holds bins <= it) and gain, or null. */
function bestSplit(growth: Growth, rows: Int32Array, totalGradient: number, totalHessian: number): { feature: number; bin: number; gain: number } | null {
  const { rowCount, features, codes, bins, gradient, hessian, minLeafRows, l2, maxBins } = growth;
  const histGradient = new Float64Array(maxBins);
  const histHessian = new Float64Array(maxBins);
  const histCount = new Int32Array(maxBins);
  const parentScore = (totalGradient * totalGradient) / (totalHessian + l2);
  let best: { feature: number; bin: number; gain: number } | null = null;
  for (let j = 0; j < features; j++) {
    const binCount = bins[j];
    if (binCount < 2) continue;
    histGradient.fill(0, 0, binCount);
    histHessian.fill(0, 0, binCount);
    histCount.fill(0, 0, binCount);
    const offset = j * rowCount;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const b = codes[offset + r];
      histGradient[b] += gradient[r];
      histHessian[b] += hessian[r];
      histCount[b]++;
    }
    let leftGradient = 0;
    let leftHessian = 0;
    let leftCount = 0;
    for (let b = 0; b < binCount - 1; b++) {
      leftGradient += histGradient[b];
      leftHessian += histHessian[b];
      leftCount += histCount[b];
      const rightCount = rows.length - leftCount;
      if (leftCount < minLeafRows) continue;
      if (rightCount < minLeafRows) break;
      const rightGradient = totalGradient - leftGradient;
      const rightHessian = totalHessian - leftHessian;
      const gain = (leftGradient * leftGradient) / (leftHessian + l2) + (rightGradient * rightGradient) / (rightHessian + l2) - parentScore;
      if (gain > 1e-12 && (best === null || gain > best.gain)) best = { feature: j, bin: b, gain };
    }
  }
  return best;
}

function grow(growth: Growth, tree: GrowingTree, rows: Int32Array, depth: number): number {
  const node = tree.feature.length;
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.splitBin.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  const totalGradient = sums(rows, growth.gradient);
  const totalHessian = sums(rows, growth.hessian);
  tree.value.push((-totalGradient / (totalHessian + growth.l2)) * growth.learningRate);
  if (depth >= growth.maxDepth || rows.length < 2 * growth.minLeafRows) return node;
  const split = bestSplit(growth, rows, totalGradient, totalHessian);
  if (split === null) return node;
  const offset = split.feature * growth.rowCount;
  const leftRows: number[] = [];
  const rightRows: number[] = [];
  for (const r of rows) (growth.codes[offset + r] <= split.bin ? leftRows : rightRows).push(r);
  tree.feature[node] = split.feature;
  tree.threshold[node] = growth.edges[split.feature][split.bin];
  tree.splitBin[node] = split.bin;
  tree.value[node] = 0;
  tree.left[node] = grow(growth, tree, Int32Array.from(leftRows), depth + 1);
  tree.right[node] = grow(growth, tree, Int32Array.from(rightRows), depth + 1);
  return node;
}

/** The leaf value row `r` reaches, walking the tree by bin codes. */
function binnedValue(tree: GrowingTree, codes: Uint8Array, rowCount: number, r: number): number {
  let node = 0;
  for (;;) {
    const f = tree.feature[node];
    if (f < 0) return tree.value[node];
    node = codes[f * rowCount + r] <= tree.splitBin[node] ? tree.left[node] : tree.right[node];
  }
}

function positive(name: string, value: number, integer: boolean): number {
  if (!(value > 0) || (integer && !Number.isInteger(value))) throw new RangeError(`${name} must be a positive ${integer ? 'integer' : 'number'}, got ${value}`);
  return value;
}

/**
 * Fits gradient-boosted regression trees on the log-loss (Newton leaves, histogram splits on
 * quantile bins, row subsampling per tree), deterministic for the same rows and seed. The returned
 * model is uncalibrated (see withCalibration).
 */
export function fitGradientBoostedTrees(data: LabelledRows, options: GradientBoostedTreesOptions = {}): GradientBoostedTrees {
  assertTrainable(data, 2, 'gradient-boosted trees');
  const treeCount = positive('trees', options.trees ?? 100, true);
  const maxDepth = positive('maxDepth', options.maxDepth ?? 3, true);
  const learningRate = positive('learningRate', options.learningRate ?? 0.1, false);
  const minLeafRows = positive('minLeafRows', options.minLeafRows ?? 50, true);
  const subsample = positive('subsample', options.subsample ?? 0.5, false);
  if (subsample > 1) throw new RangeError(`subsample must be in (0, 1], got ${subsample}`);
  const l2 = options.l2 ?? 1;
  if (!(l2 >= 0)) throw new RangeError(`l2 must be >= 0, got ${l2}`);
  const maxBins = options.maxBins ?? 32;
  const seed = options.seed ?? 1;
  const edges = featureBinEdges(data, maxBins, 100_000, seed);
  const rowCount = data.rows.length;
  const d = data.columns;
  // Column-major codes: a histogram pass reads one feature's codes in row order.
  const codes = new Uint8Array(d * rowCount);
  const labels = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const row = data.rows[r];
    labels[r] = data.labels[row];
    for (let j = 0; j < d; j++) codes[j * rowCount + r] = binOf(edges[j], data.values[row * d + j]);
  }
  const baseMargin = logit(labels.reduce((sum, y) => sum + y, 0) / rowCount);
  const margins = new Float64Array(rowCount).fill(baseMargin);
  const gradient = new Float64Array(rowCount);
  const hessian = new Float64Array(rowCount);
  const growth: Growth = { rowCount, features: d, codes, bins: edges.map((e) => e.length + 1), edges, gradient, hessian, maxDepth, minLeafRows, l2, learningRate, maxBins };
  const random = createSeededRandom(seed);
  const trees: RegressionTree[] = [];
  const sampled = new Int32Array(rowCount);
  for (let t = 0; t < treeCount; t++) {
    let count = 0;
    for (let r = 0; r < rowCount; r++) {
      const p = sigmoid(margins[r]);
      gradient[r] = p - labels[r];
      hessian[r] = p * (1 - p);
      if (subsample >= 1 || random.next() < subsample) sampled[count++] = r;
    }
    const tree: GrowingTree = { feature: [], threshold: [], splitBin: [], left: [], right: [], value: [] };
    grow(growth, tree, sampled.slice(0, count), 0);
    for (let r = 0; r < rowCount; r++) margins[r] += binnedValue(tree, codes, rowCount, r);
    const { feature, threshold, left, right, value } = tree;
    trees.push({ feature, threshold, left, right, value });
    options.onProgress?.(t + 1, treeCount);
  }
  return new GradientBoostedTrees({ features: d, baseMargin, trees });
}
