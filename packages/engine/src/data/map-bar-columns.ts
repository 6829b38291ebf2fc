import { BarsCsvError } from './bars-csv-error.js';
import { csvProblem } from './csv-problem.js';
import type { CsvDelimiter, CsvHeader } from './read-csv-header.js';

/** One column of the file: its 0-based index and its name for messages. */
export interface CsvColumn {
  readonly index: number;
  /** The header text, or `column N (unnamed)` for an empty header cell. */
  readonly name: string;
}

/** Which columns the reader used, so a caller can show it (`time: date, symbol: Name, ...`). */
export interface BarCsvColumns {
  readonly delimiter: CsvDelimiter;
  /** 1-based line number of the header. */
  readonly headerRow: number;
  /** Every header cell as found. */
  readonly header: readonly string[];
  readonly time: CsvColumn;
  readonly open: CsvColumn;
  readonly high: CsvColumn;
  readonly low: CsvColumn;
  readonly close: CsvColumn;
  /** Absent when the file has no volume column (volume is then NaN). */
  readonly volume: CsvColumn | undefined;
  /** Absent for a single-symbol file. */
  readonly symbol: CsvColumn | undefined;
}

/** Exact time column names (compared lower-cased, spaces and hyphens as `_`); the first of these in column order wins. */
export const TIME_COLUMN_NAMES: readonly string[] = [
  'date',
  'datetime',
  'time',
  'timestamp',
  'timestamp_ms',
  'timestamp_s',
  'date_time',
  'datetime_utc',
  'time_utc',
  'date_utc',
  'unix',
  'unix_time',
  'epoch',
];
/** Symbol column names (any case). */
export const SYMBOL_COLUMN_NAMES: readonly string[] = ['symbol', 'ticker', 'name'];

/** Names a column for messages. */
export function columnName(cells: readonly string[], index: number): string {
  return cells[index] === '' ? `column ${index + 1} (unnamed)` : cells[index];
}

/**
 * Maps header cells to bar fields. Time: `timeColumn` if given; else the first exact time name
 * ({@link TIME_COLUMN_NAMES}); else the first name containing `date` or `time`; else an empty first
 * cell (a pandas index). open/high/low/close: exact names in any case. Volume: exact `volume`, else
 * the first name starting with `volume` (`Volume BTC`, `volume_base`). Fails listing the columns found.
 */
export function mapBarColumns(header: CsvHeader, timeColumn?: string): BarCsvColumns {
  const keys = header.cells.map(normalizeName);
  const find = (predicate: (key: string) => boolean): number => keys.findIndex(predicate);
  const column = (index: number): CsvColumn | undefined =>
    index < 0 ? undefined : { index, name: columnName(header.cells, index) };

  let timeIndex: number;
  if (timeColumn !== undefined) {
    const wanted = normalizeName(timeColumn);
    timeIndex = find((key) => key === wanted);
    if (timeIndex < 0) fail(header, `time column "${timeColumn}" not found`);
  } else {
    timeIndex = find((key) => TIME_COLUMN_NAMES.includes(key));
    if (timeIndex < 0) timeIndex = find((key) => key.includes('date') || key.includes('time'));
    if (timeIndex < 0 && keys[0] === '') timeIndex = 0;
  }
  const open = column(find((key) => key === 'open'));
  const high = column(find((key) => key === 'high'));
  const low = column(find((key) => key === 'low'));
  const close = column(find((key) => key === 'close'));
  const time = column(timeIndex);
  if (!time || !open || !high || !low || !close) {
    const missing = [
      time ? '' : 'time (date, datetime, time, timestamp, … or an unnamed first column)',
      open ? '' : 'open',
      high ? '' : 'high',
      low ? '' : 'low',
      close ? '' : 'close',
    ].filter((name) => name !== '');
    fail(header, `missing column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
  }
  let volumeIndex = find((key) => key === 'volume');
  if (volumeIndex < 0) volumeIndex = find((key) => key.startsWith('volume'));
  const symbol = column(find((key) => SYMBOL_COLUMN_NAMES.includes(key)));
  return {
    delimiter: header.delimiter,
    headerRow: header.line,
    header: header.cells,
    time,
    open,
    high,
    low,
    close,
    volume: column(volumeIndex),
    symbol,
  };
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function fail(header: CsvHeader, problem: string): never {
  const found = header.cells.map((_, index) => columnName(header.cells, index)).join(', ');
  const looksLikeData = header.cells.filter((cell) => /^[-+]?\d/.test(cell)).length * 2 > header.cells.length;
  const hint = looksLikeData
    ? '; the first line looks like data: the file seems to have no header row (add one, such as date,open,high,low,close,volume)'
    : '';
  const message = `${problem}; found ${header.cells.length} column${header.cells.length === 1 ? '' : 's'}: ${found}${hint}`;
  throw new BarsCsvError([csvProblem('missing-column', header.line, '', header.text, message)]);
}
