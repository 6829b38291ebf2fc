import type { AgentAggregate, SignalOutcome } from '@goldensignals/engine';

/** One strategy's test-period statistics on one symbol (backtesting.py's, over the test bars only). */
export interface StrategyTest {
  readonly label: string;
  readonly returnPct: number;
  readonly sharpe: number;
  readonly maxDrawdownPct: number;
  readonly trades: number;
  /** Trades with a positive return (Win Rate [%] × trades). */
  readonly wins: number;
}

/** One symbol's evaluation, in a shape that crosses a worker boundary. */
export interface SymbolEvaluation {
  readonly symbol: string;
  readonly trainBars: number;
  readonly testBars: number;
  /** First test bar's start, epoch ms. */
  readonly testStart: number;
  /** In the plan's strategy order. */
  readonly tests: readonly StrategyTest[];
  /** The consensus' test-period signals, followed by the scorecard (votes left out; see `agents`). */
  readonly outcomes: readonly SignalOutcome[];
  /** The agents' votes on those signals, scored. */
  readonly agents: readonly AgentAggregate[];
  /** Test-period signals still open at the last bar (not scored). */
  readonly unresolved: number;
}

/** A symbol's evaluation, or why it could not run. */
export type SymbolEvaluationOutcome = SymbolEvaluation | { readonly symbol: string; readonly error: string };
