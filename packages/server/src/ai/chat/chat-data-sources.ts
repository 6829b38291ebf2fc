import type { SignalEngine } from '@goldensignals/engine';
import type { BacktestDispatcher } from '../../jobs/backtest-dispatcher.js';
import type { ProviderChain } from '../../market-data/chain/provider-chain.js';
import type { Database } from '../../storage/database.js';
import type { KnowledgeSearch } from './knowledge-search.js';

/**
 * What the assistant's tools read, all of it the server's own services. The optional ones leave their tools out
 * when absent (no market data: no quotes; no backtest runner: no backtests run from the chat; no retrieval: no
 * document search).
 */
export interface ChatDataSources {
  readonly database: Database;
  /** The running engine (`() => signals.engine`): agent names and the accuracy tracker the weights come from. */
  readonly engine: () => SignalEngine;
  /** Quotes (the provider chain); also what portfolios are valued at. */
  readonly market?: Pick<ProviderChain, 'quote'>;
  /** Starts stored backtests (the in-process runner or the queue). */
  readonly backtests?: BacktestDispatcher;
  /** Search over documents, news, signals and backtest reports (retrieval). */
  readonly search?: KnowledgeSearch;
  /** Longest wait for a backtest the assistant starts, ms (default 20 s); past it the answer gives its id and status. */
  readonly backtestWaitMs?: number;
  /** The clock (default Date.now). */
  readonly now?: () => number;
}
