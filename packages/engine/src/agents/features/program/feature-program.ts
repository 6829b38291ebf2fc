import type { Bar } from '../../../series/bar.js';
import type { BarColumns } from '../../../series/bar-series.js';
import type { ProgramLayout } from './feature-program-builder.js';
import { CLOSE, COUNT, DAY, DAY_MS, HIGH, LOW, OPEN, TIME, VOLUME } from './program-state.js';
import { runOps } from './run-ops.js';

/**
 * The computations behind a set of features, compiled once (see FeatureProgramBuilder) and shared
 * by every symbol with the same features; each symbol owns only a copy of the state.
 */
export class FeatureProgram {
  private readonly ops: Int32Array;
  private readonly template: Float64Array;

  constructor(layout: ProgramLayout) {
    this.ops = layout.ops;
    this.template = layout.template;
  }

  /** Doubles of state per symbol. */
  get stateSize(): number {
    return this.template.length;
  }

  /** A fresh state for one symbol. */
  newState(): Float64Array {
    return this.template.slice();
  }

  /** Returns `state` to that of a symbol that has seen no bar. */
  reset(state: Float64Array): void {
    state.set(this.template);
  }

  /** Advances every computation by one bar. */
  run(state: Float64Array, bar: Bar): void {
    state[COUNT] += 1;
    const time = bar.time;
    state[TIME] = time;
    state[DAY] = Math.floor(time / DAY_MS);
    state[OPEN] = bar.open;
    state[HIGH] = bar.high;
    state[LOW] = bar.low;
    state[CLOSE] = bar.close;
    state[VOLUME] = bar.volume;
    runOps(this.ops, state);
  }

  /** Advances every computation by bar `index` of `columns`, read from its columns (no Bar object made). */
  runFrom(state: Float64Array, columns: BarColumns, index: number): void {
    state[COUNT] += 1;
    const time = columns.time[index];
    state[TIME] = time;
    state[DAY] = Math.floor(time / DAY_MS);
    state[OPEN] = columns.open[index];
    state[HIGH] = columns.high[index];
    state[LOW] = columns.low[index];
    state[CLOSE] = columns.close[index];
    state[VOLUME] = columns.volume[index];
    runOps(this.ops, state);
  }
}
