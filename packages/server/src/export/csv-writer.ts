/** A value a CSV cell can hold; `null` and `undefined` are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column of a CSV export: its header and how a row gives its cell. */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvValue;
}

/** Line ending of every record, as RFC 4180 writes it (spreadsheets read it everywhere). */
export const CSV_LINE_END = '\r\n';

// A cell a spreadsheet would run as a formula (=, +, -, @; tab and carriage return start formulas in some too).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as written: text that a spreadsheet would take for a formula gets a leading `'` (OWASP's guard against
 * CSV injection), and a cell holding a quote, comma or line break is quoted with inner quotes doubled. Numbers are
 * written as they are (a negative number is a number, not a formula); non-finite numbers are empty cells.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One record: the cells joined by commas, ended by CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CSV_LINE_END;
}

/** The header record of `columns`. */
export function csvHeader<Row>(columns: readonly CsvColumn<Row>[]): string {
  return csvRecord(columns.map((column) => column.header));
}

/** The records of `rows` (no header), one string for all of them. */
export function csvRows<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  let text = '';
  for (const row of rows) text += csvRecord(columns.map((column) => column.value(row)));
  return text;
}

/** A whole CSV document: the header and a record per row. */
export function csvDocument<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  return csvHeader(columns) + csvRows(columns, rows);
}
