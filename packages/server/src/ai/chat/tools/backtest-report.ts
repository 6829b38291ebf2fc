import { apiStatusOf, type BacktestApiStatus } from '../../../storage/schema/backtest-api-status.js';
import type { Database } from '../../../storage/database.js';
import { BacktestRepository } from '../../../storage/repositories/backtest-repository.js';

/** One symbol's part of a finished backtest, in the figures people ask about. */
export interface BacktestSymbolReport {
  readonly symbol: string;
  /** Why this symbol has no result (no data, too few bars); the other fields are then null. */
  readonly error: string | null;
  readonly strategy: string | null;
  readonly bars: number | null;
  readonly firstBar: string | null;
  readonly lastBar: string | null;
  readonly simulated: boolean;
  readonly returnPercent: number | null;
  /** Buy-and-hold over the same bars with the same costs. */
  readonly buyAndHoldReturnPercent: number | null;
  readonly sharpeRatio: number | null;
  /** Negative: the deepest fall from a peak, in percent. */
  readonly maxDrawdownPercent: number | null;
  readonly trades: number | null;
  readonly winRatePercent: number | null;
}

/** A backtest's request, state and (once done) per-symbol figures. */
export interface BacktestReport {
  readonly id: string;
  readonly status: BacktestApiStatus;
  readonly progress: number;
  readonly error: string | null;
  readonly strategy: string | null;
  readonly symbols: readonly string[];
  readonly timeframe: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly request: unknown;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly results: readonly BacktestSymbolReport[];
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** One symbol's stored result (see jobs/symbol-backtest-result.ts), read defensively: it is JSON from the database. */
function symbolReport(entry: unknown): BacktestSymbolReport {
  const result = recordOf(entry);
  const stats = recordOf(result.stats);
  const baseline = recordOf(recordOf(result.baseline).stats);
  return {
    symbol: textOf(result.symbol) ?? '?',
    error: textOf(result.error),
    strategy: textOf(result.strategy),
    bars: numberOf(result.bars),
    firstBar: textOf(result.firstBar),
    lastBar: textOf(result.lastBar),
    simulated: result.simulated === true,
    returnPercent: numberOf(stats['Return [%]']),
    buyAndHoldReturnPercent: numberOf(baseline['Return [%]']) ?? numberOf(stats['Buy & Hold Return [%]']),
    sharpeRatio: numberOf(stats['Sharpe Ratio']),
    maxDrawdownPercent: numberOf(stats['Max. Drawdown [%]']),
    trades: numberOf(result.tradeCount) ?? numberOf(stats['# Trades']),
    winRatePercent: numberOf(stats['Win Rate [%]']),
  };
}

/** The report of a backtest `owner` owns (`null` owner: the install owner's), or `null` when they have no such backtest. */
export async function backtestReport(database: Database, owner: string | null, id: string): Promise<BacktestReport | null> {
  const row = await new BacktestRepository(database.db).byId(id);
  if (row === null || row.userId !== owner) return null;
  const request = recordOf(row.request);
  const symbols = Array.isArray(request.symbols) ? request.symbols.filter((symbol): symbol is string => typeof symbol === 'string') : [];
  const stored = recordOf(row.result).symbols;
  return {
    id: row.id,
    status: apiStatusOf(row.status),
    progress: row.progress,
    error: row.error,
    strategy: textOf(request.strategy),
    symbols,
    timeframe: textOf(request.timeframe),
    from: textOf(request.from),
    to: textOf(request.to),
    request: row.request,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    results: Array.isArray(stored) ? stored.map(symbolReport) : [],
  };
}

/** The id of `owner`'s most recently submitted backtest, or `null` when they have none. */
export async function latestBacktestId(database: Database, owner: string | null): Promise<string | null> {
  const [latest] = await new BacktestRepository(database.db).listForUser(owner, 1);
  return latest?.id ?? null;
}

/** The report as the model gets it: everything but the raw request (its fields are listed). */
export function backtestReportContent(report: BacktestReport): string {
  const { request, ...rest } = report;
  const costs = recordOf(request);
  return JSON.stringify({ ...rest, params: costs.params ?? {}, cash: costs.cash ?? null, commission: costs.commission ?? null, slippage: costs.slippage ?? null });
}

/** A backtest's title in citations and answers: `sma-cross on AAPL, MSFT (1d)`. */
export function backtestTitle(report: BacktestReport): string {
  return `backtest of ${report.strategy ?? 'a strategy'} on ${report.symbols.join(', ') || 'no symbols'}${report.timeframe === null ? '' : ` (${report.timeframe})`}`;
}
