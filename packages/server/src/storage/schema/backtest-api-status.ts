import type { BacktestStatus } from './backtests.js';

/** A backtest's state as the API (and the AI Lab) names it: the table's `completed` is `done`. */
export type BacktestApiStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Every state of {@link BacktestApiStatus}. */
export const BACKTEST_API_STATUSES: readonly BacktestApiStatus[] = ['queued', 'running', 'done', 'failed', 'cancelled'];

/** The API's name of a stored state. */
export function apiStatusOf(status: BacktestStatus): BacktestApiStatus {
  return status === 'completed' ? 'done' : status;
}
