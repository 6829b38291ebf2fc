import type { SymbolEvaluation } from './symbol-evaluation.js';

/** One strategy's test-period results over every evaluated symbol. */
export interface StrategyAggregate {
  readonly label: string;
  /** Mean of the symbols' test-period Return [%] (an equal-weight portfolio's return, one account per symbol). */
  readonly returnPct: number;
  /** Mean of the symbols' test-period Sharpe Ratio (symbols where it is undefined left out). */
  readonly sharpe: number;
  /** Mean of the symbols' test-period Max. Drawdown [%]. */
  readonly maxDrawdownPct: number;
  /** Winning trades / trades over every symbol's test period, in %; NaN without trades. */
  readonly hitRatePct: number;
  /** Trades over every symbol's test period. */
  readonly trades: number;
  /** Symbols whose test-period return beat buy-and-hold's. */
  readonly beatBuyAndHold: number;
}

/** How {@link aggregateEvaluations} aggregates, in words (printed with the table). */
export const EVALUATE_AGGREGATE_METHOD =
  'test bars only; Return, Sharpe and Max DD are means over the symbols of each symbol\'s test-period figure ' +
  '(the mean return is that of an equal-weight portfolio, one account per symbol); hit rate pools every symbol\'s ' +
  'trades (winning / all); trades are summed';

const meanOf = (values: readonly number[]): number => {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? NaN : finite.reduce((sum, value) => sum + value, 0) / finite.length;
};

/** Aggregates each strategy (by index in `labels`, the plan's order) over the evaluated symbols. */
export function aggregateEvaluations(evaluations: readonly SymbolEvaluation[], labels: readonly string[], buyAndHold: string): StrategyAggregate[] {
  const holdIndex = labels.indexOf(buyAndHold);
  return labels.map((label, k) => {
    const tests = evaluations.map((evaluation) => evaluation.tests[k]);
    const trades = tests.reduce((sum, test) => sum + test.trades, 0);
    const wins = tests.reduce((sum, test) => sum + test.wins, 0);
    const beat = holdIndex < 0 ? 0 : evaluations.filter((e) => e.tests[k].returnPct > e.tests[holdIndex].returnPct).length;
    return {
      label,
      returnPct: meanOf(tests.map((test) => test.returnPct)),
      sharpe: meanOf(tests.map((test) => test.sharpe)),
      maxDrawdownPct: meanOf(tests.map((test) => test.maxDrawdownPct)),
      hitRatePct: trades === 0 ? NaN : (100 * wins) / trades,
      trades,
      beatBuyAndHold: beat,
    };
  });
}
