import type { BacktestJob } from './backtest-job.js';

/** A run's short name: strategy, symbols and range ("sma-cross AAPL 2024-01-01 → 2024-03-01"). */
export function runLabelOf(job: Pick<BacktestJob, 'request'>): string {
  const { strategy, symbols, from, to } = job.request;
  const list = symbols === undefined ? '' : symbols.length > 3 ? `${symbols.slice(0, 3).join(' ')} +${symbols.length - 3}` : symbols.join(' ');
  return [strategy ?? '?', list, from === undefined || to === undefined ? '' : `${from.slice(0, 10)} → ${to.slice(0, 10)}`].filter((part) => part !== '').join(' ');
}
