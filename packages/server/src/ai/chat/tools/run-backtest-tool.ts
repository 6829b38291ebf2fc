import { setTimeout as sleep } from 'node:timers/promises';
import { ALL_STRATEGIES, TIMEFRAMES } from '@goldensignals/engine';
import { BacktestRequestError, checkBacktestJobRequest, type BacktestJobRequest } from '../../../jobs/backtest-job-request.js';
import type { BacktestDispatcher } from '../../../jobs/backtest-dispatcher.js';
import type { Database } from '../../../storage/database.js';
import { BacktestRepository } from '../../../storage/repositories/backtest-repository.js';
import { ToolError, type ChatTool } from '../chat-tool.js';
import { backtestCitation } from '../citations.js';
import { SYMBOL_PATTERN, ToolArguments } from '../tool-arguments.js';
import { backtestReport, backtestReportContent, backtestTitle, type BacktestReport } from './backtest-report.js';

/** Most symbols one backtest started from the chat may run (the API allows more; a chat turn should stay short). */
export const MAX_CHAT_BACKTEST_SYMBOLS = 5;
const DAY_MS = 86_400_000;
const POLL_MS = 200;
const FINAL = new Set(['done', 'failed', 'cancelled']);

/** What `run_backtest` needs besides the database. */
export interface RunBacktestOptions {
  readonly dispatcher: BacktestDispatcher;
  /** Longest wait for the result, ms; past it the answer gives the backtest's id and status. */
  readonly waitMs: number;
  /** The clock the default period ends at. */
  readonly now: () => number;
}

/** Waits (polling the row) until the backtest is final, `waitMs` passed or the client left. */
async function settle(repository: BacktestRepository, id: string, waitMs: number, signal: AbortSignal | undefined): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && signal?.aborted !== true) {
    const status = await repository.statusOf(id);
    if (status === null || FINAL.has(status === 'completed' ? 'done' : status)) return;
    // Aborting the wait leaves the backtest running: it is stored and the person can read it later.
    const slept = await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), true, { signal }).catch(() => false);
    if (!slept) return;
  }
}

/** `run_backtest`: queues a backtest for the caller and waits a while for its results. */
export function runBacktestTool(database: Database, options: RunBacktestOptions): ChatTool<BacktestJobRequest, BacktestReport> {
  const strategies = ALL_STRATEGIES.filter((definition) => !definition.name.startsWith('agent:')).map((definition) => definition.name);
  return {
    name: 'run_backtest',
    description: `Runs a backtest for the user (stored under their account) and waits up to ${Math.round(options.waitMs / 1000)} s for it: per symbol the return vs buy-and-hold, Sharpe ratio, max drawdown, trades and win rate. If it takes longer, returns its id and status (look at it later with get_backtest). Strategies: ${strategies.join(', ')}, or agent:<agent id>. Default period: the last 365 days; default timeframe 1d.`,
    parameters: {
      type: 'object',
      additionalProperties: false,
      required: ['symbols'],
      properties: {
        symbols: { type: 'array', items: { type: 'string', pattern: SYMBOL_PATTERN }, minItems: 1, maxItems: MAX_CHAT_BACKTEST_SYMBOLS },
        strategy: { type: 'string', maxLength: 80, description: 'default consensus' },
        params: { type: 'object', description: "the strategy's numeric parameters, e.g. {\"fast\": 10, \"slow\": 30} for sma-cross" },
        timeframe: { type: 'string', enum: [...TIMEFRAMES] },
        from: { type: 'string', description: 'ISO-8601 date, start of the period' },
        to: { type: 'string', description: 'ISO-8601 date, end of the period (exclusive)' },
        cash: { type: 'number', minimum: 1 },
        commission: { type: 'number', minimum: 0, maximum: 0.1, description: 'relative commission per fill, 0.001 = 0.1 %' },
      },
    },
    role: 'trader',
    parse: (raw) => {
      const args = new ToolArguments(raw, 'run_backtest', ['symbols', 'strategy', 'params', 'timeframe', 'from', 'to', 'cash', 'commission']);
      const to = args.has('to') ? args.time('to') : options.now();
      const request = {
        strategy: args.has('strategy') ? args.text('strategy', 80) : 'consensus',
        params: args.has('params') ? args.numbers('params') : {},
        symbols: args.symbols('symbols', MAX_CHAT_BACKTEST_SYMBOLS),
        timeframe: args.has('timeframe') ? args.timeframe('timeframe') : '1d',
        from: new Date(args.has('from') ? args.time('from') : to - 365 * DAY_MS).toISOString(),
        to: new Date(to).toISOString(),
        ...(args.has('cash') ? { cash: args.number('cash', 1, 1e12) } : {}),
        ...(args.has('commission') ? { commission: args.number('commission', 0, 0.1) } : {}),
      };
      try {
        return checkBacktestJobRequest(request);
      } catch (error) {
        if (error instanceof BacktestRequestError) throw new ToolError(`run_backtest: ${error.field} ${error.message}`, { cause: error });
        throw error;
      }
    },
    execute: async (request, { caller, signal }) => {
      const repository = new BacktestRepository(database.db);
      const row = await repository.submit(request, caller.userId);
      await options.dispatcher.submit(row.id);
      await settle(repository, row.id, options.waitMs, signal);
      const report = await backtestReport(database, caller.userId, row.id);
      if (report === null) throw new ToolError(`backtest ${row.id} disappeared while it ran`);
      return report;
    },
    present: (report) => ({ content: backtestReportContent(report), citations: [backtestCitation(report.id, backtestTitle(report))] }),
    summary: (request) => `backtest of ${request.strategy} on ${request.symbols.join(', ')} (${request.timeframe}, ${request.from.slice(0, 10)} to ${request.to.slice(0, 10)})`,
  };
}
