import { annualization } from './annualization.js';
import type { BacktestStats } from './backtest-stats.js';
import { beta as betaOf } from './beta.js';
import { ceilToResolution, resolutionOf } from './ceil-to-resolution.js';
import { dataPeriod } from './data-period.js';
import { drawdownProfile } from './drawdown-profile.js';
import { exposureBars } from './exposure-bars.js';
import { formatTimedelta } from './format-timedelta.js';
import { geometricMean } from './geometric-mean.js';
import { isoTime } from '../../signal/iso-time.js';
import { periodicReturns } from './periodic-returns.js';
import { sampleVariance } from './sample-variance.js';
import type { StatsTrade } from './stats-trade.js';
import { DAY_MS, SECOND_MS } from './time-units.js';
import { tradeStatistics } from './trade-statistics.js';

/** Inputs of {@link computeStats}; all arrays have one value per bar. */
export interface StatsInput {
  /** Bar times, epoch ms ascending. */
  readonly time: ArrayLike<number>;
  readonly close: ArrayLike<number>;
  /** Equity per bar, no NaN (the runner back-fills the warm-up with the starting cash). */
  readonly equity: ArrayLike<number>;
  /** Closed trades. */
  readonly trades: readonly StatsTrade[];
  /** Indicator warm-up `w`: the first tradable bar, where Buy & Hold starts. */
  readonly warmup: number;
}

/** The statistics and the per-bar drawdown columns of the equity curve. */
export interface ComputedStats {
  readonly stats: BacktestStats;
  /** `1 − E / cummax(E)` per bar (a fraction, despite backtesting.py's column name DrawdownPct). */
  readonly drawdownPct: Float64Array;
  /** Duration in ms of each drawdown period on the bar where it ends; NaN elsewhere. */
  readonly drawdownDuration: Float64Array;
}

const nanIfZero = (value: number): number => (value === 0 ? NaN : value);

/** Optional caller-owned arrays (typed-array allocations are a large part of a short run's cost). */
export interface StatsBuffers {
  /** Receives the drawdown per bar; n long. */
  readonly drawdownPct: Float64Array;
  /** Receives the drawdown durations; n long. */
  readonly drawdownDuration: Float64Array;
  /** Scratch, at least 2n long. */
  readonly work: Float64Array;
}

function buffersFor(n: number): StatsBuffers {
  const memory = new Float64Array(4 * n);
  return { drawdownPct: memory.subarray(0, n), drawdownDuration: memory.subarray(n, 2 * n), work: memory.subarray(2 * n) };
}

/** Mean and max of the non-zero drawdowns: backtesting.py's stand-in for the periods when none is complete. */
function nonZeroDrawdowns(dd: Float64Array): { mean: number; max: number } {
  let sum = 0;
  let count = 0;
  let max = NaN;
  for (let k = 0; k < dd.length; k++) {
    const v = dd[k];
    if (v === 0 || Number.isNaN(v)) continue;
    sum += v;
    count++;
    if (!(v <= max)) max = v;
  }
  return { mean: count === 0 ? NaN : sum / count, max };
}

/**
 * backtesting.py 0.6.6's `compute_stats` with a zero risk-free rate (conventions doc §2). Periodic
 * returns come from the equity resampled to calendar days, weeks, month-ends or year-ends (UTC) by
 * the median bar period of the last 100 bars; durations are rounded up to that period's resolution.
 *
 * One degenerate case is kept as backtesting.py has it: when no drawdown period is complete (the
 * equity only dips on the very last bar), the drawdown "durations" are the drawdown fractions
 * themselves, so the two drawdown-duration statistics are plain numbers instead of durations.
 */
export function computeStats(input: StatsInput, buffers?: StatsBuffers): ComputedStats {
  const { time, close, equity, trades, warmup } = input;
  const n = equity.length;
  if (n === 0) throw new RangeError('computeStats needs at least one bar');
  const { drawdownPct: dd, drawdownDuration, work } = buffers ?? buffersFor(n);
  const first = equity[0];
  const last = equity[n - 1];
  const periods = drawdownProfile(time, equity, dd, drawdownDuration);
  const { beta, logGrowth, ratiosNearOne } = betaOf(equity, close, work);
  const period = dataPeriod(time);
  const resolution = resolutionOf(period);
  const { periodsPerYear, rule } = annualization(time, period);

  const returns = periodicReturns(time, equity, rule, work);
  // One bucket per bar: the returns are the bar ratios, whose logs beta already summed (see BetaResult).
  const g = returns.length === n - 1 && ratiosNearOne ? Math.exp(logGrowth / (n - 1)) - 1 : geometricMean(returns);
  const annualReturn = (1 + g) ** periodsPerYear - 1;
  const volatility = Math.sqrt((sampleVariance(returns) + (1 + g) ** 2) ** periodsPerYear - (1 + g) ** (2 * periodsPerYear)) * 100;
  let downside = 0;
  for (let k = 0; k < returns.length; k++) if (returns[k] < 0) downside += returns[k] * returns[k];
  const downsideDeviation = Math.sqrt(returns.length === 0 ? NaN : downside / returns.length) * Math.sqrt(periodsPerYear);

  const span = time[n - 1] - time[0];
  const spanDays = Math.floor(span / DAY_MS);
  const years = (spanDays + Math.floor((span - spanDays * DAY_MS) / SECOND_MS) / 86_400) / 365.25;

  const maxDrawdown = periods.maxDrawdown;
  // No complete period: backtesting.py then takes the non-zero drawdowns themselves (see above).
  const stand = periods.count > 0 ? undefined : nonZeroDrawdowns(dd);
  const meanDepth = stand === undefined ? periods.meanDepth : stand.mean;
  const maxDuration = stand === undefined ? periods.maxDuration : stand.max;
  const meanDuration = stand === undefined ? periods.meanDuration : stand.mean;
  const ddDuration = (ms: number): string | number =>
    Number.isNaN(ms) || periods.count === 0 ? ms : formatTimedelta(ceilToResolution(ms, resolution));

  const returnPct = ((last - first) / first) * 100;
  const buyAndHold = ((close[n - 1] - close[warmup]) / close[warmup]) * 100;
  let commissions = 0;
  for (let k = 0; k < trades.length; k++) commissions += trades[k].commission;

  const stats: BacktestStats = {
    Start: isoTime(time[0]),
    End: isoTime(time[n - 1]),
    Duration: formatTimedelta(span),
    'Exposure Time [%]': (exposureBars(trades) / n) * 100,
    'Equity Final [$]': last,
    'Equity Peak [$]': periods.peak,
    ...(commissions !== 0 ? { 'Commissions [$]': commissions } : {}),
    'Return [%]': returnPct,
    'Buy & Hold Return [%]': buyAndHold,
    'Return (Ann.) [%]': annualReturn * 100,
    'Volatility (Ann.) [%]': volatility,
    'CAGR [%]': years === 0 ? NaN : ((last / first) ** (1 / years) - 1) * 100,
    'Sharpe Ratio': (annualReturn * 100) / nanIfZero(volatility),
    'Sortino Ratio': annualReturn / downsideDeviation,
    'Calmar Ratio': annualReturn / nanIfZero(maxDrawdown),
    'Alpha [%]': returnPct - beta * buyAndHold,
    Beta: beta,
    'Max. Drawdown [%]': -maxDrawdown * 100,
    'Avg. Drawdown [%]': -meanDepth * 100,
    'Max. Drawdown Duration': ddDuration(maxDuration),
    'Avg. Drawdown Duration': ddDuration(meanDuration),
    ...tradeStatistics(trades, time, resolution),
  };
  return { stats, drawdownPct: dd, drawdownDuration };
}
