import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { BarColumns } from '../../series/bar-series.js';
import { hasSharedData, sharedDataPath } from '../../test-support/shared-data.test-support.js';

/**
 * Readers for the indicator reference vectors in ../shared/data/indicators-reference (see its
 * SOURCE.md): StockCharts ChartSchool spreadsheets via bukosabino/ta, and Tulip Indicators' test
 * vectors. Tests guard on {@link hasStockCharts} / {@link hasTulip} so they skip when the data is absent.
 */
const FOLDER = 'indicators-reference';
const STOCKCHARTS = 'stockcharts-via-bukosabino-ta';
const TULIP = 'tulipindicators';

/** True when the StockCharts spreadsheet `file` (e.g. `cs-kc.csv`) is present. */
export function hasStockCharts(file: string): boolean {
  return hasSharedData(FOLDER, STOCKCHARTS, file);
}

/** True when the Tulip vector file (`atoz`, `untest` or `extra`) is present. */
export function hasTulip(file: 'atoz' | 'untest' | 'extra'): boolean {
  return hasSharedData(FOLDER, TULIP, `${file}.expected.jsonl`);
}

/** A StockCharts spreadsheet as columns of numbers by header name; empty cells are NaN. */
export function readStockCharts(file: string): Record<string, number[]> {
  const lines = readFileSync(sharedDataPath(FOLDER, STOCKCHARTS, file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(',');
  const columns: Record<string, number[]> = {};
  for (const name of header) columns[name] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    header.forEach((name, c) => columns[name].push(cells[c] === undefined || cells[c] === '' ? NaN : Number(cells[c])));
  }
  return columns;
}

/** One Tulip test case; outputs are re-aligned to the inputs (NaN where Tulip gives no value). */
export interface TulipCase {
  readonly options: Readonly<Record<string, number>>;
  readonly inputs: Readonly<Record<string, number[]>>;
  readonly outputs: Readonly<Record<string, number[]>>;
}

/** Case number `caseNumber` of `indicator` in a Tulip vector file. */
export function readTulipCase(file: 'atoz' | 'untest' | 'extra', indicator: string, caseNumber: number): TulipCase {
  const text = readFileSync(sharedDataPath(FOLDER, TULIP, `${file}.expected.jsonl`), 'utf8');
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as { case: number; indicator: string } & TulipCase;
    if (raw.case !== caseNumber || raw.indicator !== indicator) continue;
    const length = Object.values(raw.inputs)[0].length;
    const outputs: Record<string, number[]> = {};
    // Tulip outputs are shorter than the inputs and line up with their END.
    for (const [name, values] of Object.entries(raw.outputs)) {
      outputs[name] = [...new Array<number>(length - values.length).fill(NaN), ...values];
    }
    return { options: raw.options, inputs: raw.inputs, outputs };
  }
  throw new Error(`no Tulip case ${file} #${caseNumber} for ${indicator}`);
}

/** Tulip prints 3 decimals: values agree to half a unit in the last place. */
export const TULIP_TOLERANCE = 5e-4;

/** Expects `actual[i]` to be within `tolerance` of `expected[i]` for every index in `indices`. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  indices: Iterable<number>,
  tolerance: number,
): void {
  for (const i of indices) {
    expect(Math.abs(actual[i] - expected[i]), `index ${i}: ours ${actual[i]}, reference ${expected[i]}`).toBeLessThanOrEqual(tolerance);
  }
}

/** The integers from `start` (inclusive) to `end` (exclusive). */
export function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}

/**
 * Checks that two runs of the SAME linear recursion `y[t] = ratio*y[t-1] + (1-ratio)*x[t]` (EMA,
 * Wilder smoothing) that differ only in their seed do exactly that: from `from` on, the difference
 * is the difference at `from` shrunk by `ratio` per bar. A wrong smoothing factor, a different input
 * or an off-by-one bar breaks the identity, so this verifies the recursion on rows where the seeding
 * has not washed out yet.
 */
export function expectSeedDifferenceDecays(
  ours: ArrayLike<number>,
  theirs: ArrayLike<number>,
  from: number,
  ratio: number,
  tolerance: number,
): void {
  const start = ours[from] - theirs[from];
  for (let t = from; t < ours.length; t++) {
    const predicted = start * ratio ** (t - from);
    const difference = ours[t] - theirs[t];
    expect(Math.abs(difference - predicted), `index ${t}: difference ${difference}, predicted ${predicted}`).toBeLessThanOrEqual(tolerance);
  }
}

/** Bar columns whose every price is the given value series (for single-input TA-Lib calls). */
export function closes(values: readonly number[]): BarColumns {
  const column = Float64Array.from(values);
  return { time: column.map((_, i) => i), open: column, high: column, low: column, close: column, volume: column.map(() => 1) };
}

/**
 * `values` with `count` copies of its first value in front. Fed to a TA-Lib-seeded EMA chain, the
 * copies make every SMA seed equal to that first value, which is how Tulip and pandas (adjust=False)
 * seed their EMAs; our output at `count + t` then lines up with theirs at `t`.
 */
export function prependCopies(values: readonly number[], count: number): number[] {
  return [...new Array<number>(count).fill(values[0]), ...values];
}
