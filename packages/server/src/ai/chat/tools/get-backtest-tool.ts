import type { Database } from '../../../storage/database.js';
import { ToolError, type ChatTool } from '../chat-tool.js';
import { backtestCitation } from '../citations.js';
import { ToolArguments } from '../tool-arguments.js';
import { backtestReport, backtestReportContent, backtestTitle, latestBacktestId, type BacktestReport } from './backtest-report.js';

/** `get_backtest`: one of the caller's backtests (their latest unless an id is given) with its results. */
export function getBacktestTool(database: Database): ChatTool<{ id?: string }, BacktestReport> {
  return {
    name: 'get_backtest',
    description:
      "One of the user's backtests: strategy, symbols, period, status, and per symbol the return vs buy-and-hold (same costs), Sharpe ratio, max drawdown, number of trades and win rate. Without `id`: the user's most recent backtest.",
    parameters: { type: 'object', additionalProperties: false, properties: { id: { type: 'string', format: 'uuid', description: 'a backtest id' } } },
    // The backtest routes' role: backtests are a trader's.
    role: 'trader',
    parse: (raw) => {
      const args = new ToolArguments(raw, 'get_backtest', ['id']);
      return args.has('id') ? { id: args.uuid('id') } : {};
    },
    execute: async ({ id }, { caller }) => {
      const wanted = id ?? (await latestBacktestId(database, caller.userId));
      if (wanted === null) throw new ToolError('you have not run any backtest yet; start one from the Analytics page, with POST /api/v1/backtests, or ask me to run one');
      const report = await backtestReport(database, caller.userId, wanted);
      if (report === null) throw new ToolError(`you have no backtest ${wanted}`);
      return report;
    },
    present: (report) => ({ content: backtestReportContent(report), citations: [backtestCitation(report.id, backtestTitle(report))] }),
    summary: ({ id }) => (id === undefined ? 'your latest backtest' : `backtest ${id}`),
  };
}
