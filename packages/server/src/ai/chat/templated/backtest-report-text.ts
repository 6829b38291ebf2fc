import type { BacktestReport, BacktestSymbolReport } from '../tools/backtest-report.js';
import { backtestTitle } from '../tools/backtest-report.js';
import { count, signedPercent, timeText } from './figures.js';

function symbolLine(result: BacktestSymbolReport): string {
  if (result.error !== null) return `- ${result.symbol}: no result (${result.error})`;
  const sharpe = result.sharpeRatio === null ? 'n/a' : result.sharpeRatio.toFixed(2);
  const versus =
    result.returnPercent === null || result.buyAndHoldReturnPercent === null
      ? ''
      : ` (${result.returnPercent >= result.buyAndHoldReturnPercent ? 'beat' : 'trailed'} buy-and-hold by ${Math.abs(result.returnPercent - result.buyAndHoldReturnPercent).toFixed(1)} points)`;
  const trades = result.trades === null ? 'trades n/a' : count(result.trades, 'trade');
  const winRate = result.winRatePercent === null ? '' : `, win rate ${result.winRatePercent.toFixed(1)}%`;
  return `- ${result.symbol}: return ${signedPercent(result.returnPercent)} vs buy-and-hold ${signedPercent(result.buyAndHoldReturnPercent)}${versus}; Sharpe ${sharpe}; max drawdown ${signedPercent(result.maxDrawdownPercent)}; ${trades}${winRate}.`;
}

/** How a backtest did: per symbol, return vs buy-and-hold, Sharpe, max drawdown and trades; or where it stands. */
export function backtestReportText(report: BacktestReport, which: string): string {
  const period = report.from === null || report.to === null ? '' : `, ${timeText(report.from)} to ${timeText(report.to)}`;
  const head = `${which}: ${backtestTitle(report)}${period}, submitted ${timeText(report.createdAt)}.`;
  switch (report.status) {
    case 'queued':
      return `${head}\nIt is still queued; ask again once it has run.`;
    case 'running':
      return `${head}\nIt is running (${Math.round(report.progress * 100)}% done); ask again in a moment.`;
    case 'failed':
      return `${head}\nIt failed: ${report.error ?? 'no reason recorded'}.`;
    case 'cancelled':
      return `${head}\nIt was cancelled before it finished.`;
    case 'done': {
      const lines = [head, ...report.results.map(symbolLine)];
      if (report.results.some((result) => result.simulated)) lines.push('Some of these bars are simulated market data, not real prices.');
      lines.push('Buy-and-hold is run over the same bars with the same costs; returns and drawdowns are in percent of starting cash.');
      return lines.join('\n');
    }
  }
}
