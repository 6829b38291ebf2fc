import type { OpKind } from './op-kind.js';

/** How one computation lays out its block of the program state. */
export interface NodeSpec {
  /** What runs on every bar; `null` for state that is only brought up to date when read. */
  readonly kind: OpKind | null;
  /** Doubles the block takes when its outputs keep `history` values, with the options in `flags`. */
  size(history: number, flags: number): number;
  /** Writes the block's initial state at `base`; the nodes it depends on already have their base. */
  init(template: Float64Array, base: number, history: number, flags: number): void;
}

/** One computation of a program, shared by every feature that asks for its key. */
export class ProgramNode {
  /** Offset of the block in the state, assigned when the program is built. */
  base = -1;
  /** Options of the computation (bits its kind defines), the union of every request's. */
  flags = 0;

  constructor(
    readonly key: string,
    readonly spec: NodeSpec,
    /** Values the node's output rings keep (the most any reader asked for). */
    public history: number,
  ) {}
}

/** Reads a feature's value `ago` bars back from a symbol's program state; `null` when it has none. */
export type FeatureView<T> = (state: Float64Array, ago: number) => T | null;
