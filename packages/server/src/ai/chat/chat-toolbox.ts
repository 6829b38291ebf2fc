import type { PortfolioValuation } from '../../paper/portfolio-valuation.js';
import type { Caller } from '../../auth/caller.js';
import { roleAtLeast } from '../../auth/role-rank.js';
import type { BacktestJobRequest } from '../../jobs/backtest-job-request.js';
import type { StoredSignal } from '../../storage/repositories/stored-signal.js';
import type { ChatDataSources } from './chat-data-sources.js';
import { runnable, type ChatTool, type RunnableTool } from './chat-tool.js';
import type { KnowledgeHit } from './knowledge-search.js';
import type { BacktestReport } from './tools/backtest-report.js';
import { compareAgentsTool, type AgentComparison, type AgentLeaderboard } from './tools/compare-agents-tool.js';
import { getBacktestTool } from './tools/get-backtest-tool.js';
import { getQuoteTool, type QuoteAnswer } from './tools/get-quote-tool.js';
import { getSignalTool, type SignalExplanation, type SignalQuery } from './tools/get-signal-tool.js';
import { portfolioStatusTool } from './tools/portfolio-status-tool.js';
import { runBacktestTool } from './tools/run-backtest-tool.js';
import { searchKnowledgeTool, type KnowledgeQuery } from './tools/search-knowledge-tool.js';
import { searchSignalsTool, type SignalSearch } from './tools/search-signals-tool.js';

/** Default wait for a backtest the assistant starts. */
export const DEFAULT_BACKTEST_WAIT_MS = 20_000;

/** Every tool of the assistant, typed; the optional ones exist only when their service does. */
export interface ChatToolbox {
  readonly quote?: ChatTool<{ symbol: string }, QuoteAnswer>;
  readonly signal: ChatTool<SignalQuery, SignalExplanation>;
  readonly signals: ChatTool<SignalSearch, StoredSignal[]>;
  readonly agents: ChatTool<AgentComparison, AgentLeaderboard>;
  readonly backtest: ChatTool<{ id?: string }, BacktestReport>;
  readonly runBacktest?: ChatTool<BacktestJobRequest, BacktestReport>;
  readonly portfolio: ChatTool<{ id?: string }, PortfolioValuation[]>;
  readonly knowledge?: ChatTool<KnowledgeQuery, readonly KnowledgeHit[]>;
}

/** The tools over the given services. */
export function createChatToolbox(sources: ChatDataSources): ChatToolbox {
  const { database, engine, market, backtests, search } = sources;
  return {
    ...(market === undefined ? {} : { quote: getQuoteTool(market) }),
    signal: getSignalTool(database, engine),
    signals: searchSignalsTool(database),
    agents: compareAgentsTool(engine),
    backtest: getBacktestTool(database),
    ...(backtests === undefined ? {} : { runBacktest: runBacktestTool(database, { dispatcher: backtests, waitMs: sources.backtestWaitMs ?? DEFAULT_BACKTEST_WAIT_MS, now: sources.now ?? Date.now }) }),
    portfolio: portfolioStatusTool(database, market),
    ...(search === undefined ? {} : { knowledge: searchKnowledgeTool(search) }),
  };
}

/** The tools `caller` may use (a viewer gets no backtests or portfolios, as in the API), in a stable order. */
export function toolsFor(toolbox: ChatToolbox, caller: Caller): RunnableTool[] {
  const optional = <A, D>(tool: ChatTool<A, D> | undefined): RunnableTool[] => (tool === undefined ? [] : [runnable(tool)]);
  const all = [
    ...optional(toolbox.quote),
    runnable(toolbox.signal),
    runnable(toolbox.signals),
    runnable(toolbox.agents),
    runnable(toolbox.backtest),
    ...optional(toolbox.runBacktest),
    runnable(toolbox.portfolio),
    ...optional(toolbox.knowledge),
  ];
  return all.filter((tool) => roleAtLeast(caller.role, tool.role));
}
