import { ALL_STRATEGIES, BarSeries, buyAndHold, createStrategy, isoTime, runBacktest, type MarketInputs, type Timeframe } from '@goldensignals/engine';
import type { BarRequest } from '../market-data/bar-request.js';
import { MarketDataRequestError } from '../market-data/chain/market-data-request-error.js';
import { MarketDataUnavailableError } from '../market-data/chain/market-data-unavailable-error.js';
import { calendarForSymbol } from '../market-data/calendar/market-calendars.js';
import { ProviderError } from '../market-data/provider-error.js';
import type { BarsAnswer } from '../signals/bar-source.js';
import { backtestOptionsOf, type BacktestJobRequest } from './backtest-job-request.js';
import type { JsonValue } from './json-safe.js';
import { symbolBacktestResult } from './symbol-backtest-result.js';

/** Where a backtest's bars come from: the provider chain with its bar cache (`(request) => chain.bars(request)`). */
export type BacktestBars = (request: BarRequest) => Promise<BarsAnswer & { readonly staleReason?: string }>;

/**
 * Inputs beyond the bars for a backtest's agents: the stored news, social posts and earnings-call passages of the
 * symbol from before `from` (each kind's lookback) to `to` (`storedNewsInputs(database)`).
 */
export type BacktestInputs = (request: { readonly symbol: string; readonly timeframe: Timeframe; readonly from: number; readonly to: number }) => Promise<MarketInputs>;

/** What a running job reports to and asks of its runner. */
export interface BacktestJobHooks {
  readonly bars: BacktestBars;
  /** Given to the strategies that run agents (`consensus`, `agent:<id>`), so the text agents vote as they do live. */
  readonly inputs?: BacktestInputs;
  readonly now: () => number;
  /** Asked before each symbol: true (cancelled, or the runner stopping) ends the run there. */
  readonly shouldStop: () => Promise<boolean>;
  /** Called after each symbol with the share of symbols done. */
  readonly onProgress: (fraction: number) => Promise<void>;
}

/** How a job ended. */
export type BacktestJobOutcome =
  | { readonly kind: 'done'; readonly result: { readonly symbols: readonly JsonValue[] } }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly error: string };

/** Errors that belong to one symbol (no data, a provider refusing it, too few bars for the engine). */
function isSymbolProblem(error: unknown): error is Error {
  return error instanceof MarketDataUnavailableError || error instanceof MarketDataRequestError || error instanceof ProviderError || error instanceof RangeError;
}

async function backtestSymbol(request: BacktestJobRequest, symbol: string, hooks: BacktestJobHooks): Promise<JsonValue> {
  const from = Date.parse(request.from);
  // Only closed bars: the slot forming now is left out, whatever time of day a provider stamps bars with.
  const to = Math.min(Date.parse(request.to), calendarForSymbol(symbol).nextBarSlot(request.timeframe, hooks.now()).time);
  const answer = to > from ? await hooks.bars({ symbol, timeframe: request.timeframe, from, to }) : { bars: [], simulated: false, stale: false, staleReason: undefined };
  const bars = answer.bars.filter((bar) => bar.time >= from && bar.time < to);
  if (bars.length < 2) {
    throw new RangeError(`${symbol} ${request.timeframe}: ${bars.length} closed bar(s) from ${request.from} to ${isoTime(Math.max(from, to))}; a backtest needs at least 2`);
  }
  const series = BarSeries.fromBars({ symbol, timeframe: request.timeframe }, bars);
  // The whole period's items at once: each agent sees only those dated up to the bar it analyses.
  const inputs = hooks.inputs !== undefined && runsAgents(request.strategy) ? await hooks.inputs({ symbol, timeframe: request.timeframe, from: bars[0].time, to: bars[bars.length - 1].time }) : undefined;
  const strategy = createStrategy(request.strategy, request.params, ALL_STRATEGIES, { inputs });
  const options = backtestOptionsOf(request);
  const run = runBacktest(series, strategy, options);
  const baseline = runBacktest(series, buyAndHold(), options);
  const stale = answer.stale ? `the bars may be incomplete: ${answer.staleReason ?? 'the market data providers failed and only cached bars were used'}` : null;
  return symbolBacktestResult({ series, strategy: strategy.name ?? request.strategy, run, baseline, simulated: answer.simulated, stale });
}

/** Whether the strategy runs the engine's agents (and so can use inputs beyond the bars). */
function runsAgents(strategy: string): boolean {
  return strategy === 'consensus' || strategy.startsWith('agent:');
}

/** Lets queued I/O (API requests) run between two symbols' CPU-bound backtests. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs a backtest job symbol by symbol with the engine: a fresh strategy per symbol (nothing learned
 * on one reaches another) and a buy-and-hold baseline over the same bars. A symbol without data or
 * with too few bars gets its error in the result; the job fails only when every symbol did. Other
 * errors (bugs, the database) are thrown to the runner.
 */
export async function runBacktestJob(request: BacktestJobRequest, hooks: BacktestJobHooks): Promise<BacktestJobOutcome> {
  const symbols: JsonValue[] = [];
  const errors: string[] = [];
  for (const [k, symbol] of request.symbols.entries()) {
    if (await hooks.shouldStop()) return { kind: 'stopped' };
    try {
      symbols.push(await backtestSymbol(request, symbol, hooks));
    } catch (error) {
      if (!isSymbolProblem(error)) throw error;
      symbols.push({ symbol, error: error.message });
      errors.push(`${symbol}: ${error.message}`);
    }
    await hooks.onProgress((k + 1) / request.symbols.length);
    await yieldToEventLoop();
  }
  if (errors.length === request.symbols.length) return { kind: 'failed', error: errors.join('; ') };
  return { kind: 'done', result: { symbols } };
}
