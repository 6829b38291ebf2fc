import type { Bar } from '@goldensignals/engine';
import type { ChartResultArray } from 'yahoo-finance2/modules/chart';
import { barProblem } from '../http/finish-bars.js';
import { exchangeTradingDate } from './exchange-trading-date.js';

/**
 * Bars from a yahoo-finance2 chart answer, ascending and without duplicate times.
 * - A row with a null field is a missing bar and is skipped, never zero-filled.
 * - A row breaking OHLC rules (see `barProblem`) throws, naming its time: never repaired or dropped.
 * - Daily rows are dated 00:00 UTC of their trading date in the exchange's time zone (Yahoo stamps
 *   them with the session's opening time); when Yahoo repeats a date, its later row wins.
 * - Intraday rows keep Yahoo's start time. Rows off the series' grid of `barMs` steps are dropped:
 *   Yahoo stamps the bar still forming with the time of the last trade, not its start.
 */
export function chartToBars(chart: ChartResultArray, daily: boolean, barMs: number): Bar[] {
  const timeZone = chart.meta.exchangeTimezoneName;
  const byTime = new Map<number, Bar>();
  for (const row of chart.quotes) {
    const { open, high, low, close, volume } = row;
    if (open === null || high === null || low === null || close === null || volume === null) continue;
    const start = row.date.getTime();
    const time = daily ? exchangeTradingDate(start, timeZone) : start;
    const bar = { time, open, high, low, close, volume };
    const problem = barProblem(bar);
    if (problem !== undefined) throw new Error(`the row of ${row.date.toISOString()} is not a valid bar: ${problem}`);
    byTime.set(time, bar);
  }
  const bars = [...byTime.values()].sort((a, b) => a.time - b.time);
  return daily ? bars : onGrid(bars, barMs);
}

/** Bars whose start is a whole number of `barMs` steps from the others' (the most common offset). */
function onGrid(bars: Bar[], barMs: number): Bar[] {
  const offsets = new Map<number, number>();
  for (const bar of bars) {
    const offset = ((bar.time % barMs) + barMs) % barMs;
    offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
  }
  let grid = 0;
  let count = 0;
  for (const [offset, seen] of offsets) {
    if (seen > count) {
      grid = offset;
      count = seen;
    }
  }
  return bars.filter((bar) => ((bar.time % barMs) + barMs) % barMs === grid);
}
