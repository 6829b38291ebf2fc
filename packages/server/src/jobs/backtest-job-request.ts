import { ALL_STRATEGIES, createStrategy, isTimeframe, resolveBacktestOptions, TIMEFRAME_MS, type BacktestOptions, type Timeframe } from '@goldensignals/engine';

/** Most symbols one backtest job may run. */
export const MAX_BACKTEST_SYMBOLS = 50;
/** Most bars per symbol the range may span (by calendar time), so one job cannot fetch millions of bars. */
export const MAX_BACKTEST_BARS = 100_000;

/** A backtest as submitted, checked and with every default applied; this is what the job row stores. */
export interface BacktestJobRequest {
  /** A name of the engine's `ALL_STRATEGIES`: sma-cross, buy-and-hold, consensus, agent:<id>. */
  readonly strategy: string;
  /** The strategy's parameters as given (the rest take the engine's defaults). */
  readonly params: Readonly<Record<string, number>>;
  readonly symbols: readonly string[];
  readonly timeframe: Timeframe;
  /** ISO-8601 UTC; bars whose start lies in [from, to) are used. */
  readonly from: string;
  readonly to: string;
  readonly cash: number;
  /** Relative commission per fill (0.001 = 0.1 %). */
  readonly commission: number;
  /** Slippage as a fraction of the price paid on entry (the engine's `spread`). */
  readonly slippage: number;
  /** Trade fractional units (crypto, FX) instead of whole ones. */
  readonly fractional: boolean;
  /** Close trades still open after the last bar so they count in the statistics. */
  readonly finalizeTrades: boolean;
}

/** A request the engine or the range rules refuse, naming the request field. */
export class BacktestRequestError extends Error {
  override readonly name = 'BacktestRequestError';

  constructor(
    /** `params.fast`, `symbols[2]`, `from`, ... */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const AGENT_PREFIX = 'agent:';

function fail(field: string, message: string): never {
  throw new BacktestRequestError(field, message);
}

function record(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'must be an object');
  return value as Record<string, unknown>;
}

function timeOf(field: string, value: unknown): number {
  const time = typeof value === 'string' ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : NaN;
  if (!Number.isFinite(time)) fail(field, `must be an ISO-8601 date or date-time, got ${JSON.stringify(value)}`);
  return time;
}

function numberOr(field: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, `must be a finite number, got ${JSON.stringify(value)}`);
  return value;
}

function flagOr(field: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') fail(field, `must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

/** Runs one engine check, turning its RangeError into a {@link BacktestRequestError} for `field`. */
function engineCheck(field: string, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (error instanceof RangeError) fail(field, error.message);
    throw error;
  }
}

function strategyOf(value: unknown): string {
  if (typeof value === 'string' && ALL_STRATEGIES.some((definition) => definition.name === value)) return value;
  const names = ALL_STRATEGIES.filter((definition) => !definition.name.startsWith(AGENT_PREFIX)).map((definition) => definition.name);
  return fail('strategy', `unknown strategy ${JSON.stringify(value)}; expected one of ${names.join(', ')} or agent:<id> with an agent id of GET /api/v1/agents`);
}

function paramsOf(strategy: string, value: unknown): Record<string, number> {
  const params = value === undefined ? {} : record('params', value);
  const definition = ALL_STRATEGIES.find((candidate) => candidate.name === strategy);
  const known = definition?.params.map((spec) => spec.name) ?? [];
  const checked: Record<string, number> = {};
  for (const [name, raw] of Object.entries(params)) {
    const field = `params.${name}`;
    if (!known.includes(name)) fail(field, `is not a parameter of ${strategy}; ${known.length === 0 ? 'it takes none' : `its parameters are ${known.join(', ')}`}`);
    if (typeof raw !== 'number') fail(field, `must be a number, got ${JSON.stringify(raw)}`);
    engineCheck(field, () => createStrategy(strategy, { [name]: raw }, ALL_STRATEGIES));
    checked[name] = raw;
  }
  engineCheck('params', () => createStrategy(strategy, checked, ALL_STRATEGIES));
  return checked;
}

function symbolsOf(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_BACKTEST_SYMBOLS) fail('symbols', `must be a list of 1 to ${MAX_BACKTEST_SYMBOLS} symbols`);
  const symbols: string[] = [];
  value.forEach((item: unknown, k) => {
    if (typeof item !== 'string' || !/^[A-Za-z0-9.\-=^/]{1,20}$/.test(item)) fail(`symbols[${k}]`, `must be a ticker such as AAPL or BTC-USD, got ${JSON.stringify(item)}`);
    const symbol = item.toUpperCase();
    if (symbols.includes(symbol)) fail(`symbols[${k}]`, `repeats ${symbol}`);
    symbols.push(symbol);
  });
  return symbols;
}

/**
 * Checks a submitted backtest (or one read back from the database) with the engine's own validation
 * of strategies, parameters and options, and applies the defaults (backtesting.py's: cash 10,000, no
 * costs, whole units, open trades left out of the statistics). Throws a {@link BacktestRequestError}
 * naming the field at fault.
 */
export function checkBacktestJobRequest(input: unknown): BacktestJobRequest {
  const body = record('request', input);
  const strategy = strategyOf(body.strategy);
  const params = paramsOf(strategy, body.params);
  const symbols = symbolsOf(body.symbols);
  const timeframe = typeof body.timeframe === 'string' && isTimeframe(body.timeframe) ? body.timeframe : fail('timeframe', `must be one of ${Object.keys(TIMEFRAME_MS).join(', ')}`);
  const from = timeOf('from', body.from);
  const to = timeOf('to', body.to);
  if (to <= from) fail('to', `must be after from (${new Date(from).toISOString()}), got ${new Date(to).toISOString()}`);
  const span = Math.ceil((to - from) / TIMEFRAME_MS[timeframe]);
  if (span > MAX_BACKTEST_BARS) fail('from', `the range spans ${span} ${timeframe} bars; at most ${MAX_BACKTEST_BARS} per symbol (shorten the range or use a longer timeframe)`);
  const cash = numberOr('cash', body.cash, 10_000);
  const commission = numberOr('commission', body.commission, 0);
  const slippage = numberOr('slippage', body.slippage, 0);
  engineCheck('cash', () => resolveBacktestOptions({ cash }));
  engineCheck('commission', () => resolveBacktestOptions({ commission }));
  engineCheck('slippage', () => resolveBacktestOptions({ spread: slippage }));
  const fractional = flagOr('fractional', body.fractional);
  const finalizeTrades = flagOr('finalizeTrades', body.finalizeTrades);
  return { strategy, params, symbols, timeframe, from: new Date(from).toISOString(), to: new Date(to).toISOString(), cash, commission, slippage, fractional, finalizeTrades };
}

/** The engine's backtest options of a request. */
export function backtestOptionsOf(request: BacktestJobRequest): BacktestOptions {
  return { cash: request.cash, commission: request.commission, spread: request.slippage, fractional: request.fractional, finalizeTrades: request.finalizeTrades };
}
