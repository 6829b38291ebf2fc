import type { BarColumns } from '@goldensignals/engine';

/** One closed bar for each of several symbols, as columns: bar `i` belongs to `symbols[i]`. */
export interface BarBatch extends BarColumns {
  readonly symbols: readonly string[];
}

const FIELDS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;

/** Throws a RangeError naming the problem when a column of `batch` is not a Float64Array of one value per symbol. */
export function checkBarColumns(batch: BarBatch): void {
  const length = batch.symbols.length;
  for (const field of FIELDS) {
    const column = batch[field] as unknown;
    if (!(column instanceof Float64Array)) throw new RangeError(`bar batch: ${field} must be a Float64Array`);
    if (column.length !== length) throw new RangeError(`bar batch: ${field} has ${column.length} values for ${length} symbols`);
  }
}

/** Throws a RangeError naming the problem when the symbols of `batch` are not distinct non-empty strings. */
export function checkBarSymbols(batch: BarBatch): void {
  const seen = new Set<string>();
  for (const symbol of batch.symbols) {
    if (typeof symbol !== 'string' || symbol.length === 0) throw new RangeError(`bar batch: symbol ${JSON.stringify(symbol)} is not a non-empty string`);
    if (seen.has(symbol)) throw new RangeError(`bar batch: symbol ${symbol} appears twice; send one bar per symbol`);
    seen.add(symbol);
  }
}

/** Field-major copy of the bars at `indices` of `batch`: time × n, then open × n, ... volume × n. */
export function packBars(batch: BarColumns, indices: Int32Array): Float64Array<ArrayBuffer> {
  const n = indices.length;
  const packed = new Float64Array(6 * n);
  for (let f = 0; f < FIELDS.length; f++) {
    const column = batch[FIELDS[f]];
    const offset = f * n;
    for (let j = 0; j < n; j++) packed[offset + j] = column[indices[j]];
  }
  return packed;
}

/** The columns of a field-major packed buffer of `n` bars (views, no copy). */
export function unpackBars(packed: Float64Array, n: number): BarColumns {
  return {
    time: packed.subarray(0, n),
    open: packed.subarray(n, 2 * n),
    high: packed.subarray(2 * n, 3 * n),
    low: packed.subarray(3 * n, 4 * n),
    close: packed.subarray(4 * n, 5 * n),
    volume: packed.subarray(5 * n, 6 * n),
  };
}
