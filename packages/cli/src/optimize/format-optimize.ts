import { BACKTEST_STAT_NAMES, type BacktestStats, type OptimizeResult } from '@goldensignals/engine';
import { formatStatsTable } from '../backtest/format-stats-table.js';
import { formatHeatmap } from './format-heatmap.js';
import { formatParams } from './format-params.js';

/** The statistics as `goldensignals backtest` prints them (backtesting.py's `print(stats)`). */
function statsTable(stats: BacktestStats): string {
  return formatStatsTable(BACKTEST_STAT_NAMES.flatMap((name) => (name in stats ? [[name, stats[name] ?? NaN] as const] : [])));
}

/** How many of the ranked combinations the table lists. */
const TOP = 10;

/** The readable report of `goldensignals optimize`: the search, the best run's statistics, the top runs, the heatmap. */
export function formatOptimize(result: OptimizeResult, where?: string): string {
  const { stat, goal } = result.objective;
  const kept = where === undefined ? '' : `, ${result.evaluated} kept by "${where}"`;
  const lines = [
    `${result.strategy}: ${result.combinations} combination(s)${kept}, ${goal === 'maximize' ? 'maximizing' : 'minimizing'} ${stat} (${result.fastPath ? 'vectorised fast path' : 'event-driven runs'})`,
    '',
  ];
  if (result.best === null) {
    lines.push(`No combination has a defined ${stat} (NaN for every one: no trades?).`);
    return lines.join('\n');
  }
  lines.push(`Best: ${formatParams(result.best.params)}`, '', statsTable(result.best.stats), '');
  const ranked = result.results
    .filter((row) => row.value !== null)
    .sort((a, b) => (goal === 'maximize' ? (b.value ?? 0) - (a.value ?? 0) : (a.value ?? 0) - (b.value ?? 0)))
    .slice(0, TOP);
  lines.push(`Top ${ranked.length} by ${stat}:`);
  for (const [k, row] of ranked.entries()) lines.push(`${String(k + 1).padStart(4)}  ${formatParams(row.params).padEnd(30)}${row.value?.toFixed(4)}`);
  if (result.heatmap !== null) lines.push('', `${stat} by ${result.heatmap.y} (rows) and ${result.heatmap.x} (columns):`, formatHeatmap(result.heatmap));
  return lines.join('\n');
}
