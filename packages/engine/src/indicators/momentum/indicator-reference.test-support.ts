import { existsSync, readFileSync } from 'node:fs';
import { hasSharedData, sharedDataPath } from '../../test-support/shared-data.test-support.js';

/** Folder of the Tulip Indicators test vectors in the shared data. */
const TULIP = ['indicators-reference', 'tulipindicators'] as const;
/** Folder of the StockCharts ChartSchool worked examples (via bukosabino/ta) in the shared data. */
const STOCKCHARTS = ['indicators-reference', 'stockcharts-via-bukosabino-ta'] as const;
const TULIP_FILES = ['atoz.expected.jsonl', 'untest.expected.jsonl', 'extra.expected.jsonl'] as const;

/** One Tulip Indicators test case; outputs are aligned to the END of the inputs. */
export interface TulipCase {
  readonly source: string;
  readonly case: number;
  readonly indicator: string;
  readonly options: Readonly<Record<string, number>>;
  readonly inputs: Readonly<Record<string, number[]>>;
  readonly outputs: Readonly<Record<string, number[]>>;
  readonly note?: string;
}

/** True when the Tulip vectors are present (logs a skip notice otherwise). */
export function hasTulipVectors(): boolean {
  return TULIP_FILES.every((file) => hasSharedData(...TULIP, file));
}

/**
 * Every Tulip case of `indicator` (e.g. `rsi`), from atoz, untest and extra, in file order; none
 * when the vectors are absent (`it.each` runs at collection time even inside a skipped describe).
 */
export function tulipCases(indicator: string): TulipCase[] {
  if (!TULIP_FILES.every((file) => existsSync(sharedDataPath(...TULIP, file)))) return [];
  const cases: TulipCase[] = [];
  for (const file of TULIP_FILES) {
    for (const line of readFileSync(sharedDataPath(...TULIP, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const parsed = JSON.parse(line) as TulipCase;
      if (parsed.indicator === indicator) cases.push(parsed);
    }
  }
  if (cases.length === 0) throw new Error(`no Tulip case for ${indicator}`);
  return cases;
}

/** A short label for test titles and messages, e.g. `tests/atoz.txt case 28`. */
export function tulipLabel(tulip: TulipCase): string {
  return `${tulip.source} case ${tulip.case}`;
}

/**
 * Compares our column with a Tulip output aligned to the end of the input. Tulip prints 3 decimals,
 * so agreement is to 5e-4 absolute. Returns the first mismatch as a message, or null.
 */
export function tulipMismatch(ours: ArrayLike<number>, expected: readonly number[], tolerance = 5e-4): string | null {
  const offset = ours.length - expected.length;
  for (let i = 0; i < expected.length; i++) {
    const got = ours[offset + i];
    if (!(Math.abs(got - expected[i]) <= tolerance)) return `bar ${offset + i}: ours ${got}, Tulip ${expected[i]}`;
  }
  return null;
}

/** True when a StockCharts worked-example file is present (logs a skip notice otherwise). */
export function hasStockChartsExample(file: string): boolean {
  return hasSharedData(...STOCKCHARTS, file);
}

/** A StockCharts worked example: its columns by header name, empty cells as NaN. */
export interface StockChartsExample {
  readonly rows: number;
  column(name: string): Float64Array;
}

/** Reads `cs-<name>.csv` from the StockCharts examples. */
export function stockChartsExample(file: string): StockChartsExample {
  const lines = readFileSync(sharedDataPath(...STOCKCHARTS, file), 'utf8').trim().split(/\r?\n/);
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
