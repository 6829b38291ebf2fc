import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BarsCsvError } from '@goldensignals/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BarsFileError } from './bars-file-error.js';
import { readBarsFile, symbolFromFileName } from './read-bars-file.js';

const CSV = 'date,open,high,low,close,volume\n2020-01-02,1,2,0.5,1.5,10\n2020-01-03,1.5,2.5,1,2,20\n';

let dir = '';
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gs-read-bars-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readBarsFile', () => {
  it('reads a plain CSV file and names a single-symbol file after it', async () => {
    const result = await readBarsFile(file('GOOG.csv', CSV));
    expect(result.gzipped).toBe(false);
    expect([...result.symbols.keys()]).toEqual(['GOOG']);
    expect(Array.from(result.symbols.get('GOOG')?.series.close ?? [])).toEqual([1.5, 2]);
    expect(result.textBytes).toBe(CSV.length);
  });

  it('gunzips by the magic bytes, whatever the extension', async () => {
    for (const name of ['bars.csv.gz', 'bars.csv']) {
      const result = await readBarsFile(file(`gz-${name}`, gzipSync(CSV)), { symbol: 'X' });
      expect(result.gzipped, name).toBe(true);
      expect(result.symbols.get('X')?.series.bar(1), name).toEqual({ time: Date.UTC(2020, 0, 3), open: 1.5, high: 2.5, low: 1, close: 2, volume: 20 });
    }
  });

  it('strips a UTF-8 byte order mark', async () => {
    const result = await readBarsFile(file('bom.csv', `\uFEFF${CSV}`));
    expect(result.columns.time.name).toBe('date');
  });

  it('turns a missing file, a directory and an empty file into clear errors naming the path', async () => {
    const missing = join(dir, 'nope.csv');
    const errors = [
      await rejection(readBarsFile(missing)),
      await rejection(readBarsFile(dir)),
      await rejection(readBarsFile(file('empty.csv', ''))),
      await rejection(readBarsFile(file('empty.csv.gz', gzipSync('')))),
    ];
    expect(errors.map((error) => error.message)).toEqual([
      `${missing}: no such file`,
      `${dir}: is a directory, not a bar file`,
      `${join(dir, 'empty.csv')}: the file is empty`,
      `${join(dir, 'empty.csv.gz')}: the file decompresses to nothing`,
    ]);
    for (const error of errors) expect(error).toBeInstanceOf(BarsFileError);
    expect((errors[0] as BarsFileError).code).toBe('GS_ERR_FILE');
  });

  it('refuses a corrupt gzip file and bytes that are not UTF-8', async () => {
    const corrupt = await rejection(readBarsFile(file('corrupt.gz', Uint8Array.from([0x1f, 0x8b, 1, 2, 3, 4]))));
    expect(corrupt.message).toMatch(/corrupt\.gz: starts like gzip \(1f 8b\) but does not decompress: /);
    const latin1 = await rejection(readBarsFile(file('latin1.csv', Uint8Array.from([0x64, 0x61, 0x74, 0x65, 0xe9, 0x0a]))));
    expect(latin1.message).toBe(`${join(dir, 'latin1.csv')}: is not UTF-8 text (save it as UTF-8 CSV, or it is not a CSV file)`);
  });

  it('puts the path in front of content problems and keeps them all', async () => {
    const path = file('bad.csv', `${CSV}2020-01-04,x,1,1,1,1\n`);
    const error = await rejection(readBarsFile(path));
    expect(error).toBeInstanceOf(BarsCsvError);
    expect(error.message).toBe(`${path}: 1 problem\nrow 4, column open, value "x": price is not a number`);
    const skipped = await readBarsFile(path, { invalidRows: 'skip' });
    expect(skipped.problems).toHaveLength(1);
    expect(skipped.symbols.get('bad')?.series.length).toBe(2);
  });
});

describe('symbolFromFileName', () => {
  it('drops data extensions and folders', () => {
    expect(symbolFromFileName('data/GOOG.csv')).toBe('GOOG');
    expect(symbolFromFileName('/x/all_stocks_5yr.csv.gz')).toBe('all_stocks_5yr');
    expect(symbolFromFileName('AAPLUSUSD_H1.tsv')).toBe('AAPLUSUSD_H1');
    expect(symbolFromFileName('binance_BTCUSDT_1h.normalized.csv')).toBe('binance_BTCUSDT_1h.normalized');
    expect(symbolFromFileName('.csv')).toBe('.csv');
  });
});

// The shared data folder lives beside the repository (see packages/engine/src/test-support); the
// server cannot import the engine's test helpers, so the presence check is inline.
const sp500 = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../../shared/data/ohlcv-sp500-daily/all_stocks_5yr.csv.gz');

describe.runIf(existsSync(sp500))('readBarsFile on the S&P 500 file (gzip, 29.6 MB, 619,040 rows)', () => {
  it('reads it end to end under skip: 505 symbols, 23 rows reported', async () => {
    const result = await readBarsFile(sp500, { invalidRows: 'skip' });
    expect(result.gzipped).toBe(true);
    expect(result.textBytes).toBe(29_580_549); // SOURCE.md: 29,580,549 bytes uncompressed
    expect(result.symbols.size).toBe(505);
    expect(new Set(result.problems.map((problem) => problem.row)).size).toBe(23);
  });

  it('names the file and the 11 empty-field rows under error', async () => {
    const error = await rejection(readBarsFile(sp500));
    expect(error).toBeInstanceOf(BarsCsvError);
    expect(error.message.split('\n')[0]).toBe(`${sp500}: 39 problems in 23 rows`);
  });
});
