import type { BacktestFlags } from './backtest-flags.js';
import type { BarFileCommandOptions } from '../io/index.js';

/** The options of `goldensignals backtest` as commander hands them over (after the parsers). */
export interface BacktestCommandOptions extends BarFileCommandOptions, BacktestFlags {
  readonly strategy: string;
  readonly param?: Readonly<Record<string, string>>;
  readonly json?: boolean;
  /** False with `--no-equity`. */
  readonly equity: boolean;
  readonly workers?: number;
  /** `--news <file>`: scored news for the agents. */
  readonly news?: string;
  /** `--sentiment-model <file>`: scores the news instead of the finance word list. */
  readonly sentimentModel?: string;
}
