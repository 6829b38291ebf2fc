import { ProgramNode, type FeatureView, type NodeSpec } from './program-node.js';
import { HEADER_SIZE } from './program-state.js';

/**
 * How a feature is computed inside a symbol's feature program: it asks the builder for the shared
 * computations it needs (each created once per key, whichever feature asks first) and returns how
 * to read its value from the state. Returns `null` when it cannot serve `history` values that way;
 * the feature is then computed by its own indicator instead.
 */
export type FeaturePlan<T> = (builder: FeatureProgramBuilder, history: number) => FeatureView<T> | null;

/** The computations of a program, laid out: runs of (kind, count, block offsets...) in run order, and the initial state. */
export interface ProgramLayout {
  readonly ops: Int32Array;
  readonly template: Float64Array;
}

/** Blocks larger than this many doubles (6 cache lines) are laid out after the others. */
const LARGE_BLOCK = 48;

/** Collects the computations features ask for (one per key) and lays them out into one state array. */
export class FeatureProgramBuilder {
  private readonly nodes = new Map<string, ProgramNode>();
  private readonly order: ProgramNode[] = [];

  /** Number of computations requested so far. */
  get size(): number {
    return this.order.length;
  }

  /**
   * The node computing `key`, created from `spec()` on first request. Its output rings keep at least
   * `history` values and its options include `flags`.
   */
  node(key: string, history: number, spec: () => NodeSpec, flags = 0): ProgramNode {
    let node = this.nodes.get(key);
    if (!node) {
      node = new ProgramNode(key, spec(), history);
      this.nodes.set(key, node);
      this.order.push(node);
    } else if (node.history < history) {
      node.history = history;
    }
    node.flags |= flags;
    return node;
  }

  /**
   * Assigns every node its block and writes the initial state. Nodes run grouped by kind (kinds are
   * numbered so that a computation only reads lower kinds), which keeps each kind's code together and
   * the dispatch predictable. Small blocks are laid out first, in run order, and large ones (long
   * rings, of which a bar touches a line or two) after them: the part of the state every bar walks
   * through is then contiguous, which the hardware prefetches when thousands of symbols take turns.
   */
  build(): ProgramLayout {
    this.order.sort((a, b) => (a.spec.kind ?? Infinity) - (b.spec.kind ?? Infinity));
    const sizes = new Map(this.order.map((node) => [node, node.spec.size(node.history, node.flags)]));
    const isLarge = (node: ProgramNode): boolean => (sizes.get(node) ?? 0) > LARGE_BLOCK;
    let size = HEADER_SIZE;
    for (const node of [...this.order.filter((node) => !isLarge(node)), ...this.order.filter(isLarge)]) {
      node.base = size;
      size += sizes.get(node) ?? 0;
    }
    const template = new Float64Array(size);
    // Runs of one kind: kind, count, then each node's block offset.
    const ops: number[] = [];
    let runStart = -1;
    for (const node of this.order) {
      node.spec.init(template, node.base, node.history, node.flags);
      const kind = node.spec.kind;
      if (kind === null) continue;
      if (runStart < 0 || ops[runStart] !== kind) {
        runStart = ops.length;
        ops.push(kind, 0);
      }
      ops[runStart + 1]++;
      ops.push(node.base);
    }
    return { ops: Int32Array.from(ops), template };
  }
}
