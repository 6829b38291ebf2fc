import { ceilToResolution } from './ceil-to-resolution.js';
import { formatTimedelta } from './format-timedelta.js';
import type { StatsTrade } from './stats-trade.js';

/** The trade block of the statistics, `# Trades` to `Kelly Criterion`. */
export interface TradeStatistics {
  readonly '# Trades': number;
  readonly 'Win Rate [%]': number;
  readonly 'Best Trade [%]': number;
  readonly 'Worst Trade [%]': number;
  readonly 'Avg. Trade [%]': number;
  readonly 'Max. Trade Duration': string | number;
  readonly 'Avg. Trade Duration': string | number;
  readonly 'Profit Factor': number;
  readonly 'Expectancy [%]': number;
  readonly SQN: number;
  readonly 'Kelly Criterion': number;
}

const duration = (ms: number, resolution: number): string | number => (Number.isNaN(ms) ? NaN : formatTimedelta(ceilToResolution(ms, resolution)));

/**
 * Trade statistics as backtesting.py computes them: the win rate counts strictly positive cash PnL;
 * Avg. Trade is the geometric mean of the returns (0 after a total loss), Expectancy the arithmetic
 * one; the Profit Factor sums returns, not cash; SQN and Kelly use cash PnL. Undefined values (no
 * trades, no losers, a single trade's deviation) are NaN. Durations are rounded up to `resolution`.
 */
export function tradeStatistics(trades: readonly StatsTrade[], time: ArrayLike<number>, resolution: number): TradeStatistics {
  const n = trades.length;
  let wins = 0;
  let winSum = 0;
  let losses = 0;
  let lossSum = 0;
  let gains = 0;
  let drops = 0;
  let pnlSum = 0;
  let returnSum = 0;
  let logGrowth = 0;
  let totalLoss = false;
  let best = NaN;
  let worst = NaN;
  let longest = NaN;
  let durationSum = 0;
  for (let k = 0; k < n; k++) {
    const { pnl, returnPct: r, entryBar, exitBar } = trades[k];
    pnlSum += pnl;
    if (pnl > 0) {
      wins++;
      winSum += pnl;
    } else if (pnl < 0) {
      losses++;
      lossSum += pnl;
    }
    returnSum += r;
    if (r > 0) gains += r;
    else if (r < 0) drops += r;
    if (!(r <= best)) best = r;
    if (!(r >= worst)) worst = r;
    const growth = (Number.isNaN(r) ? 0 : r) + 1;
    if (growth <= 0) totalLoss = true;
    else logGrowth += Math.log(growth);
    const held = time[exitBar] - time[entryBar];
    durationSum += held;
    if (!(held <= longest)) longest = held;
  }
  const meanPnl = n === 0 ? NaN : pnlSum / n;
  let squares = 0;
  for (let k = 0; k < n; k++) {
    const d = trades[k].pnl - meanPnl;
    squares += d * d;
  }
  const pnlStd = n > 1 ? Math.sqrt(squares / (n - 1)) : NaN;
  const winRate = n === 0 ? NaN : wins / n;
  const meanWin = wins === 0 ? NaN : winSum / wins;
  const meanLoss = losses === 0 ? NaN : lossSum / losses;
  return {
    '# Trades': n,
    'Win Rate [%]': winRate * 100,
    'Best Trade [%]': best * 100,
    'Worst Trade [%]': worst * 100,
    'Avg. Trade [%]': (totalLoss ? 0 : Math.exp(logGrowth / (n === 0 ? NaN : n)) - 1) * 100,
    'Max. Trade Duration': duration(longest, resolution),
    'Avg. Trade Duration': duration(n === 0 ? NaN : durationSum / n, resolution),
    'Profit Factor': gains / (drops === 0 ? NaN : Math.abs(drops)),
    'Expectancy [%]': (n === 0 ? NaN : returnSum / n) * 100,
    SQN: (Math.sqrt(n) * meanPnl) / (pnlStd === 0 ? NaN : pnlStd),
    'Kelly Criterion': winRate - (1 - winRate) / (meanWin / -meanLoss),
  };
}
