import { pandasTimestamp } from './pandas-timestamp.js';
import { pythonFixed } from './python-fixed.js';

/** Statistics that backtesting.py holds as Python integers (pandas prints them without decimals). */
const INTEGER_STATS: ReadonlySet<string> = new Set(['# Trades']);
/** Statistics that are pandas Timestamps. */
const TIMESTAMP_STATS: ReadonlySet<string> = new Set(['Start', 'End']);

/**
 * One value of the statistics as pandas prints it in an object Series under backtesting.py's
 * `display.precision` 5: floats as `f"{x: .5f}"` with trailing zeros trimmed (` 589.35392`,
 * ` 0.0`, `-33.08`), NaN as ` NaN`, anything else after a space (` 66`, ` 3116 days 00:00:00`).
 */
export function formatStatValue(name: string, value: string | number): string {
  if (typeof value === 'string') return ` ${TIMESTAMP_STATS.has(name) ? pandasTimestamp(value) : value}`;
  if (Number.isNaN(value)) return ' NaN';
  if (INTEGER_STATS.has(name) && Number.isInteger(value)) return ` ${value}`;
  const text = pythonFixed(value, 5);
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '.0') : text;
  return trimmed.startsWith('-') ? trimmed : ` ${trimmed}`;
}
