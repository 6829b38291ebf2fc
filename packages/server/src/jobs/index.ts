/** Background jobs of the server: the backtest queue and the paper limit-order sweeper. */
export * from './backtest-job-request.js';
export * from './backtest-runner.js';
export * from './limit-order-sweeper.js';
export { runBacktestJob, type BacktestBars, type BacktestJobHooks, type BacktestJobOutcome } from './run-backtest-job.js';
export { MAX_EQUITY_POINTS, MAX_LISTED_TRADES } from './symbol-backtest-result.js';
