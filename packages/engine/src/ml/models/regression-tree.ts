import { z } from 'zod';

/**
 * A binary regression tree as parallel arrays: node i splits on `feature[i]` (going left when the
 * value is <= `threshold[i]`) into `left[i]` and `right[i]`, or is a leaf (`feature[i] === -1`)
 * worth `value[i]`. Node 0 is the root.
 */
export interface RegressionTree {
  readonly feature: readonly number[];
  readonly threshold: readonly number[];
  readonly left: readonly number[];
  readonly right: readonly number[];
  readonly value: readonly number[];
}

/** The leaf value `features` reaches. */
export function treeValue(tree: RegressionTree, features: ArrayLike<number>): number {
  let node = 0;
  for (;;) {
    const f = tree.feature[node];
    if (f < 0) return tree.value[node];
    node = features[f] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  }
}

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const index = z.number().int().min(-1);

/** Schema of {@link RegressionTree}: equal-length arrays whose child links point forward inside the tree. */
export const regressionTreeSchema = z
  .strictObject({ feature: z.array(index).min(1), threshold: z.array(finite), left: z.array(index), right: z.array(index), value: z.array(finite) })
  .refine((t) => [t.threshold, t.left, t.right, t.value].every((a) => a.length === t.feature.length), { message: 'tree arrays must have the same length' })
  .refine((t) => t.feature.every((f, i) => f < 0 || (t.left[i] > i && t.right[i] > i && t.left[i] < t.feature.length && t.right[i] < t.feature.length)), {
    message: 'tree child links must point to later nodes inside the tree',
  });
