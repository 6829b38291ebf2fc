import type { BacktestSummary } from '../../storage/repositories/backtest-repository.js';
import { apiStatusOf, type BacktestApiStatus } from '../../storage/schema/backtest-api-status.js';

export { apiStatusOf, BACKTEST_API_STATUSES, type BacktestApiStatus } from '../../storage/schema/backtest-api-status.js';

/** A backtest job as the API returns it, without its result. */
export interface BacktestView {
  readonly id: string;
  readonly status: BacktestApiStatus;
  /** Share of the symbols done, 0..1. */
  readonly progress: number;
  /** Why it failed; `null` otherwise. */
  readonly error: string | null;
  /** The request as checked, defaults applied. */
  readonly request: unknown;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

/** The view of a backtest row. */
export function backtestView(row: BacktestSummary): BacktestView {
  return {
    id: row.id,
    status: apiStatusOf(row.status),
    progress: row.progress,
    error: row.error,
    request: row.request,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
