import type { BacktestStats, MeanStats, ParamSet, WalkForwardResult } from '@goldensignals/engine';

interface RangeJson {
  /** Bar indexes, [start, end). */
  readonly start: number;
  readonly end: number;
  /** Times of the first and last bar. */
  readonly from: string;
  readonly to: string;
}

/** `goldensignals walk-forward --json`. */
export interface WalkForwardJson {
  readonly strategy: string;
  readonly maximize?: string;
  readonly minimize?: string;
  readonly where?: string;
  readonly params: readonly string[];
  readonly anchored: boolean;
  readonly train: number;
  readonly test: number;
  readonly step: number;
  readonly combinations: number;
  readonly fastPath: boolean;
  readonly windows: readonly {
    readonly index: number;
    readonly train: RangeJson;
    readonly test: RangeJson;
    readonly params: ParamSet | null;
    readonly inSample: { readonly value: number | null; readonly stats: BacktestStats | null };
    readonly outOfSample: { readonly value: number | null; readonly stats: BacktestStats };
  }[];
  readonly aggregate: {
    readonly inSample: MeanStats;
    readonly outOfSample: BacktestStats;
    readonly ratio: number | null;
    readonly windowRatio: number | null;
  };
  readonly untestedBars: number;
}

/** The JSON document of a walk-forward analysis (NaN statistics become null when stringified). */
export function walkForwardJson(result: WalkForwardResult, where?: string): WalkForwardJson {
  return {
    strategy: result.strategy,
    [result.objective.goal]: result.objective.stat,
    ...(where === undefined ? {} : { where }),
    params: result.params,
    anchored: result.anchored,
    train: result.train,
    test: result.test,
    step: result.step,
    combinations: result.combinations,
    fastPath: result.fastPath,
    windows: result.windows.map((w) => ({
      index: w.index,
      train: { start: w.trainStart, end: w.trainEnd, from: w.trainFrom, to: w.trainTo },
      test: { start: w.testStart, end: w.testEnd, from: w.testFrom, to: w.testTo },
      params: w.params,
      inSample: w.inSample,
      outOfSample: w.outOfSample,
    })),
    aggregate: { inSample: result.inSample, outOfSample: result.outOfSample, ratio: result.ratio, windowRatio: result.windowRatio },
    untestedBars: result.untestedBars,
  };
}
