import type { ParamSet } from '../grid/param-set.js';

/** A strategy's decisions for one parameter set, as signal codes (see signal-codes.ts). */
export interface SignalSource {
  /**
   * Writes the decision of every bar in [from, to) into `out` and returns the indicator warm-up w
   * the event-driven run would find on bars [0, to) (trading starts at bar w + 1).
   */
  signals(params: ParamSet, out: Int8Array, from: number, to: number): number;
}
