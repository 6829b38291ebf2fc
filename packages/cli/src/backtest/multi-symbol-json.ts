import type { AggregateBacktest } from './aggregate-backtests.js';
import { AGGREGATE_METHOD } from './aggregate-backtests.js';
import { backtestJson } from './backtest-json.js';
import type { SymbolBacktest } from './symbol-backtest.js';

/**
 * The `--json` output of a multi-symbol run in chunks, one per symbol, so that the whole text (tens of
 * MB with equity curves) is never in memory at once: `{ "symbols": { SYM: { stats, trades, equity } },
 * "aggregate": { method, symbols, stats, equity }, "errors": { SYM: message } }` (errors only when
 * some symbol failed; every equity omitted when `withEquity` is false).
 */
export function* multiSymbolJson(
  runs: readonly SymbolBacktest[],
  aggregate: AggregateBacktest,
  errors: Readonly<Record<string, string>>,
  withEquity: boolean,
): Generator<string> {
  yield '{"symbols":{';
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    const json = backtestJson(run.stats, run.trades, withEquity ? run.equity : undefined);
    yield `${k === 0 ? '' : ','}${JSON.stringify(run.symbol)}:${JSON.stringify(json)}`;
  }
  const { stats, equity } = backtestJson(aggregate.stats, undefined, withEquity ? aggregate.equity : undefined);
  yield `},"aggregate":${JSON.stringify({ method: AGGREGATE_METHOD, symbols: runs.length, stats, ...(equity === undefined ? {} : { equity }) })}`;
  if (Object.keys(errors).length > 0) yield `,"errors":${JSON.stringify(errors)}`;
  yield '}\n';
}
