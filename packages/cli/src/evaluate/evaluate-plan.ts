import type { BacktestOptions, ModelFile } from '@goldensignals/engine';

/** Where each symbol's bars are split into train and test: a share of its bars, or a date. */
export type TrainSplit = { readonly kind: 'fraction'; readonly fraction: number } | { readonly kind: 'date'; readonly time: number };

/** One strategy of the comparison: its label in the output, the backtest strategy and its parameters. */
export interface EvaluatedStrategy {
  readonly label: string;
  readonly strategy: string;
  readonly params: Readonly<Record<string, number>>;
}

/** What every symbol's evaluation needs, as plain data (it is sent to worker threads). */
export interface EvaluatePlan {
  readonly split: TrainSplit;
  readonly strategies: readonly EvaluatedStrategy[];
  readonly options: BacktestOptions;
  /** Trained model files (`--models`): the ML agents and the consensus with them are evaluated too. */
  readonly models?: readonly ModelFile[];
}

/**
 * The backtest options of every evaluation run: fractional units, so the consensus' position sizes
 * (a share of equity) are not rounded away on high-priced stocks, and trades still open at the end
 * closed there, so every strategy's test period counts all its trades. No costs: the comparison is
 * of the signals, and every strategy would pay the same rates.
 */
export const EVALUATE_BACKTEST_OPTIONS: BacktestOptions = Object.freeze({ cash: 10_000, fractional: true, finalizeTrades: true });
