/** A backtest job as `GET /backtests` and `GET /backtests/{id}` answer it. */
export interface BacktestJob {
  readonly id: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  readonly progress: number;
  readonly error: string | null;
  readonly request: { readonly strategy?: string; readonly symbols?: readonly string[]; readonly timeframe?: string; readonly from?: string; readonly to?: string };
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}
