import { parseDecimalField } from './parse-decimal-field.js';
import { splitCsvFields } from './split-csv-fields.js';

const LINE_FEED = '\n';
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const MINUS = 45;
const DOT = 46;
/** Exact powers of ten up to 10^22 (see parseDecimalField). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Walks the lines of a CSV text from a given offset, skipping blank lines, and splits each into
 * field offsets (`starts`/`ends`) so the row loop reads values in place instead of allocating strings.
 * The numeric columns named at construction are parsed into `values` during the split. Accepts `\n`
 * and `\r\n` line ends; the last line needs no line end.
 */
export class CsvLineScanner {
  /** Start offsets of the current line's fields (only the first `capacity` are recorded). */
  readonly starts: Int32Array;
  /** End offsets (exclusive) of the current line's fields. */
  readonly ends: Int32Array;
  /** Parsed value of each numeric column of the current line (NaN when empty or not a number). */
  readonly values: Float64Array;
  /** Number of fields of the current line (may exceed the recorded capacity). */
  fieldCount = 0;
  /** 1-based line number of the current line. */
  line: number;
  /** Offsets of the current line without its line end. */
  lineStart = 0;
  lineEnd = 0;
  private position: number;
  /** True when the text has a double quote anywhere after the start: then fields are split quote-aware. */
  private readonly quoted: boolean;
  private readonly delimiterText: string;
  private readonly numeric: Uint8Array;
  private readonly numericColumns: readonly number[];
  private nextDelimiter = -1;
  /** End offset of the number read by the last `readPlainNumber`. */
  private numberEnd = 0;

  constructor(
    private readonly text: string,
    private readonly delimiter: number,
    capacity: number,
    start: number,
    lineBeforeStart: number,
    numericColumns: readonly number[],
  ) {
    // One spare slot so a row with one field too many is still split far enough to be reported.
    this.starts = new Int32Array(capacity + 1);
    this.ends = new Int32Array(capacity + 1);
    this.values = new Float64Array(capacity + 1);
    this.numeric = new Uint8Array(capacity + 1);
    for (const column of numericColumns) this.numeric[column] = 1;
    this.numericColumns = numericColumns;
    this.position = start;
    this.line = lineBeforeStart;
    this.quoted = text.indexOf('"', start) >= 0;
    this.delimiterText = String.fromCharCode(delimiter);
  }

  /** Moves to the next non-blank line and splits it; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const length = text.length;
    while (this.position < length) {
      const start = this.position;
      let newline = text.indexOf(LINE_FEED, start);
      if (newline < 0) newline = length;
      let end = newline;
      if (end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN) end--;
      this.position = newline + 1;
      this.line++;
      if (isBlank(text, start, end)) continue;
      this.lineStart = start;
      this.lineEnd = end;
      this.fieldCount = this.quoted ? this.splitQuoted(start, end) : this.splitUnquoted(start, end);
      return true;
    }
    return false;
  }

  /** The current line's text (for messages). */
  lineText(): string {
    return this.text.slice(this.lineStart, this.lineEnd);
  }

  private splitQuoted(lineStart: number, lineEnd: number): number {
    const { text, starts, ends, values } = this;
    const count = splitCsvFields(text, lineStart, lineEnd, this.delimiter, starts, ends);
    for (const column of this.numericColumns) values[column] = column < count ? parseDecimalField(text, starts[column], ends[column]) : NaN;
    return count;
  }

  /**
   * Splits a line of a file without quotes. A numeric field is read digit by digit right where it
   * starts, which also finds its end, so most fields are scanned once; anything unusual (spaces, an
   * exponent, text) falls back to finding the delimiter and `parseDecimalField`, with the same result.
   * Other fields end at the next delimiter found by the native `indexOf`; one found past the line end
   * is remembered, so lines without delimiters cannot make the search quadratic.
   */
  private splitUnquoted(lineStart: number, lineEnd: number): number {
    const { text, starts, ends, values, numeric, delimiter } = this;
    const capacity = starts.length;
    let count = 0;
    let start = lineStart;
    for (;;) {
      if (count < capacity && numeric[count] === 1) {
        const value = this.readPlainNumber(start, lineEnd);
        const end = this.numberEnd;
        if (value === value && (end === lineEnd || text.charCodeAt(end) === delimiter)) {
          starts[count] = start;
          ends[count] = end;
          values[count] = value;
          count++;
          if (end === lineEnd) return count;
          start = end + 1;
          continue;
        }
      }
      if (this.nextDelimiter < start) {
        this.nextDelimiter = text.indexOf(this.delimiterText, start);
        if (this.nextDelimiter < 0) this.nextDelimiter = text.length;
      }
      const stop = this.nextDelimiter < lineEnd ? this.nextDelimiter : lineEnd;
      if (count < capacity) {
        let s = start;
        let e = stop;
        while (s < e && text.charCodeAt(s) === SPACE) s++;
        while (e > s && text.charCodeAt(e - 1) === SPACE) e--;
        starts[count] = s;
        ends[count] = e;
        if (numeric[count] === 1) values[count] = parseDecimalField(text, s, e);
      }
      count++;
      if (stop === lineEnd) return count;
      start = stop + 1;
    }
  }

  /**
   * Reads `-?digits[.digits]` at `i` and records where it stopped in `numberEnd`; NaN when there are
   * no digits or the digits may not fit the exact fast path (the caller then falls back).
   */
  private readPlainNumber(i: number, lineEnd: number): number {
    const text = this.text;
    const negative = i < lineEnd && text.charCodeAt(i) === MINUS;
    if (negative) i++;
    let mantissa = 0;
    let digits = 0;
    let decimals = 0;
    let code = i < lineEnd ? text.charCodeAt(i) - 48 : -1;
    while (code >= 0 && code <= 9) {
      mantissa = mantissa * 10 + code;
      digits++;
      code = ++i < lineEnd ? text.charCodeAt(i) - 48 : -1;
    }
    if (code === DOT - 48) {
      code = ++i < lineEnd ? text.charCodeAt(i) - 48 : -1;
      while (code >= 0 && code <= 9) {
        mantissa = mantissa * 10 + code;
        digits++;
        decimals++;
        code = ++i < lineEnd ? text.charCodeAt(i) - 48 : -1;
      }
    }
    this.numberEnd = i;
    if (digits === 0 || digits > 15 || decimals > 22) return NaN;
    const value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
    return negative ? -value : value;
  }
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== SPACE) return false;
  return true;
}
