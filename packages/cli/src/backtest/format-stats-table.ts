import { formatStatValue } from './format-stat-value.js';

/** backtesting.py shows its statistics with pandas' `display.max_colwidth` at 20: longer values end in `...`. */
const MAX_VALUE_WIDTH = 20;

/**
 * Statistics as backtesting.py's `print(stats)` shows them (pandas' Series repr): names left-aligned,
 * three spaces, values right-aligned to the widest, numbers formatted by {@link formatStatValue}.
 */
export function formatStatsTable(rows: readonly (readonly [string, string | number])[]): string {
  const values = rows.map(([name, value]) => formatStatValue(name, value));
  const width = Math.min(MAX_VALUE_WIDTH, Math.max(0, ...values.map((value) => value.length)));
  const nameWidth = Math.max(0, ...rows.map(([name]) => name.length)) + 3;
  return rows
    .map(([name], k) => {
      const value = values[k].length > width ? `${values[k].slice(0, width - 3)}...` : values[k];
      return `${name.padEnd(nameWidth)}${value.padStart(width)}`;
    })
    .join('\n');
}
