import type { BacktestSummary } from '../../storage/repositories/backtest-repository.js';
import type { BacktestStatus } from '../../storage/schema/backtests.js';

/** A backtest's state as the API names it (the table's `completed` is `done`). */
export type BacktestApiStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Every state of {@link BacktestApiStatus}. */
export const BACKTEST_API_STATUSES: readonly BacktestApiStatus[] = ['queued', 'running', 'done', 'failed', 'cancelled'];

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

/** The API's name of a stored state. */
export function apiStatusOf(status: BacktestStatus): BacktestApiStatus {
  return status === 'completed' ? 'done' : status;
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
