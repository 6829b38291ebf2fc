import { describe, expect, it } from 'vitest';
import { checkBarColumns, checkBarSymbols, packBars, unpackBars, type BarBatch } from './bar-batch.js';

function batch(symbols: string[], length = symbols.length): BarBatch {
  const column = (base: number) => Float64Array.from({ length }, (_, i) => base + i);
  return { symbols, time: column(1_000), open: column(10), high: column(12), low: column(9), close: column(11), volume: column(500) };
}

describe('bar batches', () => {
  it('packs chosen bars field by field and unpacks them as views', () => {
    const packed = packBars(batch(['A', 'B', 'C']), Int32Array.of(2, 0));
    expect([...packed]).toEqual([1_002, 1_000, 12, 10, 14, 12, 11, 9, 13, 11, 502, 500]);
    const columns = unpackBars(packed, 2);
    expect([...columns.close]).toEqual([13, 11]);
    expect(columns.volume.buffer).toBe(packed.buffer);
  });

  it('names the problem with a malformed batch', () => {
    expect(() => checkBarColumns(batch(['A', 'B'], 3))).toThrow('bar batch: time has 3 values for 2 symbols');
    expect(() => checkBarColumns({ ...batch(['A']), close: [1] as unknown as Float64Array })).toThrow('bar batch: close must be a Float64Array');
    expect(() => checkBarSymbols(batch(['A', 'A']))).toThrow('bar batch: symbol A appears twice; send one bar per symbol');
    expect(() => checkBarSymbols(batch(['A', '']))).toThrow('bar batch: symbol "" is not a non-empty string');
  });
});
