import { csvProblem, type CsvProblem } from './csv-problem.js';
import type { BarCsvColumns } from './map-bar-columns.js';
import { EPOCH_MILLISECONDS_FROM, MAX_EPOCH_MILLISECONDS, MIN_EPOCH_SECONDS, TimeFieldParser } from './parse-time-field.js';

const TIME_FORMS =
  'expected a date (YYYY-MM-DD), a date-time (YYYY-MM-DD HH:MM[:SS[.fff]] with optional T, Z or ±hh:mm) or epoch seconds/milliseconds';

/**
 * Reads and checks the time and OHLCV values of one row in place. On success the values are in the
 * public fields; otherwise every bad field of the row is reported (not just the first) and `read`
 * answers false.
 *
 * An open or close outside [low, high] is an ERROR, not a warning. In the shared data it never occurs
 * in the 26 other bar files (backtesting.py, Binance raw and normalized, Dukascopy: 0 of 593,878 rows)
 * and occurs in 11 rows of the 619,040-row S&P 500 file, several of them gross bad prints (CHD 2014-05-19 open 18.77 with low
 * 33.695; LNT 2016-05-19 close 17.87 with low 35.085; SPG 2014-05-28 close 165.42 with low 174.5) that
 * no tolerance could tell from the small ones. Indicators and stops assume low <= open, close <= high
 * (stochastics, Williams %R, candle patterns), so such a bar is unusable as it stands; under `skip` it
 * is dropped and reported, and the user sees exactly which rows.
 */
export class BarRowReader {
  time = NaN;
  open = NaN;
  high = NaN;
  low = NaN;
  close = NaN;
  volume = NaN;
  private readonly times = new TimeFieldParser();
  private readonly timeIndex: number;
  private readonly openIndex: number;
  private readonly highIndex: number;
  private readonly lowIndex: number;
  private readonly closeIndex: number;
  private readonly volumeIndex: number;

  constructor(
    private readonly text: string,
    private readonly columns: BarCsvColumns,
    private readonly problems: CsvProblem[],
  ) {
    this.timeIndex = columns.time.index;
    this.openIndex = columns.open.index;
    this.highIndex = columns.high.index;
    this.lowIndex = columns.low.index;
    this.closeIndex = columns.close.index;
    this.volumeIndex = columns.volume?.index ?? -1;
  }

  /**
   * Reads the row whose fields are at `starts`/`ends`, its numeric columns already parsed into
   * `values` (by the line scanner); false (with problems added) when any value is bad.
   */
  read(starts: Int32Array, ends: Int32Array, values: Float64Array, row: number): boolean {
    const time = this.times.parse(this.text, starts[this.timeIndex], ends[this.timeIndex]);
    const open = values[this.openIndex];
    const high = values[this.highIndex];
    const low = values[this.lowIndex];
    const close = values[this.closeIndex];
    const vi = this.volumeIndex;
    const volume = vi < 0 ? NaN : values[vi];
    // One chained comparison covers every rule on the common path; NaN fails it and falls to the detailed checks.
    const valid =
      time === time &&
      low >= 0 &&
      high >= low &&
      high < Infinity &&
      open >= low &&
      open <= high &&
      close >= low &&
      close <= high &&
      (vi < 0 || (volume >= 0 && volume < Infinity));
    if (!valid) {
      this.report(starts, ends, row, time, open, high, low, close, volume);
      return false;
    }
    this.time = time;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.volume = volume;
    return true;
  }

  private report(
    starts: Int32Array,
    ends: Int32Array,
    row: number,
    time: number,
    open: number,
    high: number,
    low: number,
    close: number,
    volume: number,
  ): void {
    const { columns, problems } = this;
    const field = (index: number): string => this.text.slice(starts[index], ends[index]);
    if (time !== time) {
      const value = field(this.timeIndex);
      const message =
        value === ''
          ? 'time is empty'
          : /^[-+]?\d+(\.\d*)?$/.test(value)
            ? `epoch number out of range: seconds must be in [${power(MIN_EPOCH_SECONDS)}, ${power(EPOCH_MILLISECONDS_FROM)}), ` +
              `milliseconds in [${power(EPOCH_MILLISECONDS_FROM)}, ${power(MAX_EPOCH_MILLISECONDS)})`
            : `time not understood: ${TIME_FORMS}`;
      problems.push(csvProblem('bad-time', row, columns.time.name, value, message));
    }
    const prices = [
      { column: columns.open, value: open, label: 'price' },
      { column: columns.high, value: high, label: 'price' },
      { column: columns.low, value: low, label: 'price' },
      { column: columns.close, value: close, label: 'price' },
    ];
    if (columns.volume) prices.push({ column: columns.volume, value: volume, label: 'volume' });
    let numeric = true;
    for (const { column, value, label } of prices) {
      const text = field(column.index);
      if (text === '') problems.push(csvProblem('empty-value', row, column.name, text, `${label} is empty`));
      else if (!Number.isFinite(value)) problems.push(csvProblem('not-a-number', row, column.name, text, `${label} is not a number`));
      else if (value < 0) problems.push(csvProblem('negative-value', row, column.name, text, `${label} is negative`));
      else continue;
      if (label === 'price') numeric = false;
    }
    if (!numeric) return;
    if (high < low) {
      const message = `high is below low (${field(columns.low.index)})`;
      problems.push(csvProblem('high-below-low', row, columns.high.name, field(columns.high.index), message));
      return;
    }
    for (const [column, value] of [[columns.open, open], [columns.close, close]] as const) {
      if (value >= low && value <= high) continue;
      const side = value < low ? `below low (${field(columns.low.index)})` : `above high (${field(columns.high.index)})`;
      const name = column === columns.open ? 'open' : 'close';
      problems.push(csvProblem('outside-range', row, column.name, field(column.index), `${name} is ${side}`));
    }
  }
}

/** `1e8` rather than `1e+8`, as the TSDoc and messages write these bounds. */
function power(value: number): string {
  return value.toExponential().replace('+', '');
}
