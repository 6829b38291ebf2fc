import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { hasSharedData, sharedDataPath } from '../../test-support/shared-data.test-support.js';

/**
 * Readers and comparisons for the indicator reference vectors in ../shared/data/indicators-reference
 * (see its SOURCE.md): the StockCharts ChartSchool worked examples (spreadsheets via bukosabino/ta)
 * and the Tulip Indicators test vectors. Tests guard on {@link hasStockCharts} / {@link hasTulip} /
 * {@link hasTulipVectors} so they skip cleanly when the data is absent.
 */
const FOLDER = 'indicators-reference';
const STOCKCHARTS = 'stockcharts-via-bukosabino-ta';
const TULIP = 'tulipindicators';
const TULIP_FILES = ['atoz', 'untest', 'extra'] as const;

/** One of the Tulip vector files. */
export type TulipFile = (typeof TULIP_FILES)[number];

/** True when the StockCharts spreadsheet `file` (e.g. `cs-kc.csv`) is present (logs a skip notice otherwise). */
export function hasStockCharts(file: string): boolean {
  return hasSharedData(FOLDER, STOCKCHARTS, file);
}

/** A StockCharts spreadsheet: its row count and its columns by header name (empty cells as NaN). */
export interface StockChartsSheet {
  readonly rows: number;
  column(name: string): Float64Array;
}

/** Reads a StockCharts spreadsheet such as `cs-rsi.csv`. */
export function readStockCharts(file: string): StockChartsSheet {
  const lines = readFileSync(sharedDataPath(FOLDER, STOCKCHARTS, file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((line) => line.split(','));
  return {
    rows: rows.length,
    column(name: string): Float64Array {
      const index = header.indexOf(name);
      if (index < 0) throw new Error(`${file} has no column ${name}; it has ${header.join(', ')}`);
      return Float64Array.from(rows, (row) => (row[index] === undefined || row[index] === '' ? NaN : Number(row[index])));
    },
  };
}

/** True when the Tulip vector file is present (logs a skip notice otherwise). */
export function hasTulip(file: TulipFile): boolean {
  return hasSharedData(FOLDER, TULIP, `${file}.expected.jsonl`);
}

/** True when all three Tulip vector files are present. */
export function hasTulipVectors(): boolean {
  return TULIP_FILES.every((file) => hasTulip(file));
}

/** One Tulip Indicators test case, as in the file: outputs are shorter than the inputs and line up with their END. */
export interface TulipCase {
  readonly source: string;
  readonly case: number;
  readonly indicator: string;
  readonly options: Readonly<Record<string, number>>;
  readonly inputs: Readonly<Record<string, number[]>>;
  readonly outputs: Readonly<Record<string, number[]>>;
  readonly note?: string;
}

function tulipFileCases(file: TulipFile): TulipCase[] {
  const text = readFileSync(sharedDataPath(FOLDER, TULIP, `${file}.expected.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as TulipCase);
}

/**
 * Every Tulip case of `indicator` (e.g. `rsi`), from atoz, untest and extra, in file order; none
 * when the vectors are absent (`it.each` runs at collection time even inside a skipped describe).
 */
export function tulipCases(indicator: string): TulipCase[] {
  if (!TULIP_FILES.every((file) => existsSync(sharedDataPath(FOLDER, TULIP, `${file}.expected.jsonl`)))) return [];
  const cases = TULIP_FILES.flatMap((file) => tulipFileCases(file)).filter((c) => c.indicator === indicator);
  if (cases.length === 0) throw new Error(`no Tulip case for ${indicator}`);
  return cases;
}

/** Case `caseNumber` of `indicator` in one Tulip file, its outputs padded with NaN in front to line up with the inputs. */
export function readTulipCase(file: TulipFile, indicator: string, caseNumber: number): TulipCase {
  const found = tulipFileCases(file).find((c) => c.case === caseNumber && c.indicator === indicator);
  if (!found) throw new Error(`no Tulip case ${file} #${caseNumber} for ${indicator}`);
  const length = Object.values(found.inputs)[0].length;
  const outputs: Record<string, number[]> = {};
  for (const [name, values] of Object.entries(found.outputs)) {
    outputs[name] = [...new Array<number>(length - values.length).fill(NaN), ...values];
  }
  return { ...found, outputs };
}

/** A short label for test titles and messages, e.g. `tests/atoz.txt case 28`. */
export function tulipLabel(tulip: TulipCase): string {
  return `${tulip.source} case ${tulip.case}`;
}

/** Tulip prints 3 decimals: values agree to half a unit in the last place. */
export const TULIP_TOLERANCE = 5e-4;

/**
 * Compares our column with a Tulip output aligned to the END of the input, to `tolerance`
 * absolute. Returns the first mismatch as a message, or null.
 */
export function tulipMismatch(ours: ArrayLike<number>, expected: readonly number[], tolerance = TULIP_TOLERANCE): string | null {
  const offset = ours.length - expected.length;
  for (let i = 0; i < expected.length; i++) {
    const got = ours[offset + i];
    if (!(Math.abs(got - expected[i]) <= tolerance)) return `bar ${offset + i}: ours ${got}, Tulip ${expected[i]}`;
  }
  return null;
}

/**
 * Compares `ours` with `expected` on rows `from` (inclusive) to `to` (exclusive), to `tolerance`
 * relative to max(1, |expected|). Returns the first mismatch as a message, or null.
 */
export function rowsMismatch(
  ours: ArrayLike<number>,
  expected: ArrayLike<number>,
  from: number,
  to: number,
  tolerance: number,
): string | null {
  for (let i = from; i < to; i++) {
    if (!(Math.abs(ours[i] - expected[i]) <= tolerance * Math.max(1, Math.abs(expected[i])))) {
      return `row ${i}: ours ${ours[i]}, expected ${expected[i]}`;
    }
  }
  return null;
}

/** Expects `actual[i]` to be within `tolerance` (absolute) of `expected[i]` for every index in `indices`. */
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

/**
 * `values` with `count` copies of its first value in front. Fed to a TA-Lib-seeded EMA chain, the
 * copies make every SMA seed equal to that first value, which is how Tulip and pandas (adjust=False)
 * seed their EMAs; our output at `count + t` then lines up with theirs at `t`.
 */
export function prependCopies(values: ArrayLike<number>, count: number): number[] {
  return [...new Array<number>(count).fill(values[0]), ...Array.from(values)];
}
