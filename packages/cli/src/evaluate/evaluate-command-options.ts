import type { BarFileCommandOptions } from '../io/index.js';

/** The options of `goldensignals evaluate` as commander hands them over. */
export interface EvaluateCommandOptions extends BarFileCommandOptions {
  readonly trainFraction?: number;
  readonly splitDate?: string;
  readonly json?: boolean;
  readonly workers?: number;
  /** Comma-separated symbols to evaluate (default: all). */
  readonly symbols?: string;
  /** Comma-separated agent ids to run alone (default: all). */
  readonly agents?: string;
  /** Folder of trained model files (`goldensignals train --out`): adds the ML agents. */
  readonly models?: string;
}
