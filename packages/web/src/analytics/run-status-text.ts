import type { BacktestJob } from './backtest-job.js';

/** A run's state in words: "running 40 %", "failed: why", "done". */
export function runStatusText(job: Pick<BacktestJob, 'status' | 'progress' | 'error'>): string {
  if (job.status === 'running') return `running ${Math.round(job.progress * 100)} %`;
  if (job.status === 'failed') return `failed${job.error === null ? '' : `: ${job.error}`}`;
  return job.status;
}
