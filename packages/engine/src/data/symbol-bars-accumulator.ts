import { BarSeriesBuilder } from '../series/bar-series-builder.js';

/**
 * The accepted rows of one symbol while a file is read: columns, original time texts and line
 * numbers, plus how often consecutive rows went back in time (to recognise newest-first files).
 */
export class SymbolBarsAccumulator {
  readonly builder: BarSeriesBuilder;
  readonly labels: string[] = [];
  /** Line numbers of the accepted rows, kept only when rows may be sorted (to name duplicates after sorting). */
  readonly rows: number[] = [];
  /** Time, line and label of the last accepted row. */
  lastTime = -Infinity;
  lastRow = 0;
  lastLabel = '';
  /** Consecutive valid rows compared, and how many of them went back in time. */
  steps = 0;
  descents = 0;
  firstDescentRow = 0;
  firstDescentLabel = '';
  private previousTime = NaN;

  /** `expectedRows` sizes the columns (a multi-symbol reader passes the size of the previous symbol). */
  constructor(
    readonly symbol: string,
    private readonly keepRows: boolean,
    expectedRows = 256,
  ) {
    this.builder = new BarSeriesBuilder(expectedRows);
  }

  get length(): number {
    return this.builder.length;
  }

  /** Notes the time of a valid row, accepted or not, against the previous valid row. */
  observe(time: number, row: number, text: string, start: number, end: number): void {
    if (this.previousTime === this.previousTime) {
      this.steps++;
      if (time < this.previousTime) {
        if (this.descents === 0) {
          this.firstDescentRow = row;
          this.firstDescentLabel = text.slice(start, end);
        }
        this.descents++;
      }
    }
    this.previousTime = time;
  }

  /** Accepts a row. */
  push(time: number, open: number, high: number, low: number, close: number, volume: number, label: string, row: number): void {
    this.builder.push(time, open, high, low, close, volume);
    this.labels.push(label);
    if (this.keepRows) this.rows.push(row);
    this.lastTime = time;
    this.lastRow = row;
    this.lastLabel = label;
  }

  /** True when more than half of the consecutive rows go back in time: the file runs newest-first. */
  isNewestFirst(): boolean {
    return this.descents * 2 > this.steps;
  }
}
