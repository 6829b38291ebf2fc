import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { CsvProvider } from './csv-provider.js';

const HOUR = 3_600_000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

// Mon 2024-01-01 .. Wed 2024-01-10, weekdays only.
const GOOG_DAILY = [
  'date,open,high,low,close,volume',
  '2024-01-01,10,11,9,10.5,100',
  '2024-01-02,10.5,12,10,11.5,200',
  '2024-01-03,11.5,11.8,10.9,11,150',
  '2024-01-04,11,11.2,10.1,10.2,120',
  '2024-01-05,10.2,10.8,10,10.6,130',
  '2024-01-08,10.6,13,10.5,12.9,300',
  '2024-01-09,12.9,13.1,12,12.2,250',
  '2024-01-10,12.2,12.4,11.7,11.9,90',
].join('\n');

const MULTI_SYMBOL = ['date,open,high,low,close,volume,Name', '2024-01-02,1,2,0.5,1.5,10,AAA', '2024-01-03,1.5,2.5,1,2,20,AAA', '2024-01-02,5,6,4,5.5,70,BBB', '2024-01-03,5.5,6.5,5,6,80,BBB'].join('\n');

let dir = '';
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gs-csv-provider-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('CsvProvider bars', () => {
  it('answers the bars of <SYMBOL>.csv whose start lies in [from, to), with the exact values', async () => {
    write('GOOG.csv', GOOG_DAILY);
    const provider = new CsvProvider({ path: dir });
    const bars = await provider.bars({ symbol: 'GOOG', timeframe: '1d', from: day('2024-01-02'), to: day('2024-01-04') });
    expect(bars).toEqual([
      { time: day('2024-01-02'), open: 10.5, high: 12, low: 10, close: 11.5, volume: 200 },
      { time: day('2024-01-03'), open: 11.5, high: 11.8, low: 10.9, close: 11, volume: 150 },
    ]);
    expect(await provider.bars({ symbol: 'goog', timeframe: '1d', from: day('2024-02-01'), to: day('2024-03-01') })).toEqual([]);
  });

  it('finds symbols in a file with a symbol column, whatever the file is called', async () => {
    write('universe.csv', MULTI_SYMBOL);
    const provider = new CsvProvider({ path: dir });
    const bars = await provider.bars({ symbol: 'BBB', timeframe: '1d', from: 0, to: day('2030-01-01') });
    expect(bars.map((bar) => [bar.time, bar.close, bar.volume])).toEqual([
      [day('2024-01-02'), 5.5, 70],
      [day('2024-01-03'), 6, 80],
    ]);
  });

  it('resamples daily bars to weekly bars starting Monday 00:00 UTC', async () => {
    write('GOOG.csv', GOOG_DAILY);
    const bars = await new CsvProvider({ path: dir }).bars({ symbol: 'GOOG', timeframe: '1w', from: 0, to: day('2030-01-01') });
    expect(bars).toEqual([
      { time: day('2024-01-01'), open: 10, high: 12, low: 9, close: 10.6, volume: 700 },
      { time: day('2024-01-08'), open: 10.6, high: 13.1, low: 10.5, close: 11.9, volume: 640 },
    ]);
  });

  it('refuses a timeframe finer than the file, naming the file and what it can give', async () => {
    const file = write('GOOG.csv', GOOG_DAILY);
    const error = await providerError(new CsvProvider({ path: dir }).bars({ symbol: 'GOOG', timeframe: '1h', from: 0, to: day('2030-01-01') }));
    expect(error.kind).toBe('unsupported');
    expect(error.message).toBe(`csv: ${file} has 1d bars of GOOG: 1h bars cannot be made from them (available: 1d, 1w)`);
  });

  it('reads a single file given as the path, gzip-compressed', async () => {
    const file = write('prices.csv.gz', gzipSync(GOOG_DAILY));
    const bars = await new CsvProvider({ path: file }).bars({ symbol: 'prices', timeframe: '1d', from: day('2024-01-10'), to: day('2024-01-11') });
    expect(bars).toEqual([{ time: day('2024-01-10'), open: 12.2, high: 12.4, low: 11.7, close: 11.9, volume: 90 }]);
  });

  it('skips invalid rows and reports them once per file version', async () => {
    write('GOOG.csv', `${GOOG_DAILY}\n2024-01-11,x,1,1,1,1`);
    const warnings: string[] = [];
    const provider = new CsvProvider({ path: dir, onWarning: (message) => warnings.push(message) });
    const request = { symbol: 'GOOG', timeframe: '1d', from: 0, to: day('2030-01-01') } as const;
    expect(await provider.bars(request)).toHaveLength(8);
    expect(await provider.bars(request)).toHaveLength(8);
    expect(warnings).toEqual([`${join(dir, 'GOOG.csv')}: 1 invalid row skipped\nrow 10, column open, value "x": price is not a number`]);
  });

  it('refuses every row problem when asked to', async () => {
    write('GOOG.csv', `${GOOG_DAILY}\n2024-01-11,x,1,1,1,1`);
    const error = await providerError(new CsvProvider({ path: dir, csv: { invalidRows: 'error' } }).bars({ symbol: 'GOOG', timeframe: '1d', from: 0, to: 1 }));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toBe(`csv: ${join(dir, 'GOOG.csv')}: 1 problem\nrow 10, column open, value "x": price is not a number`);
  });

  it('re-reads a file when its modification time changes, and only then', async () => {
    const file = write('GOOG.csv', GOOG_DAILY);
    // Whole seconds, so setting the time again reproduces it exactly.
    const modified = new Date('2024-06-01T12:00:00Z');
    utimesSync(file, modified, modified);
    const provider = new CsvProvider({ path: dir });
    const request = { symbol: 'GOOG', timeframe: '1d', from: day('2024-01-10'), to: day('2024-01-11') } as const;
    expect((await provider.bars(request))[0].close).toBe(11.9);
    // Same size and modification time: the cached series stands, the new content is not read.
    write('GOOG.csv', GOOG_DAILY.replace('12.4,11.7,11.9,90', '12.4,11.7,11.8,90'));
    utimesSync(file, modified, modified);
    expect(statSync(file).mtimeMs).toBe(modified.getTime());
    expect((await provider.bars(request))[0].close).toBe(11.9);
    const later = new Date(modified.getTime() + 5_000);
    utimesSync(file, later, later);
    expect((await provider.bars(request))[0].close).toBe(11.8);
  });

  it('refuses a symbol found in two files rather than picking one', async () => {
    write('a.csv', MULTI_SYMBOL);
    write('b.csv', MULTI_SYMBOL);
    const error = await providerError(new CsvProvider({ path: dir }).bars({ symbol: 'AAA', timeframe: '1d', from: 0, to: 1 }));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toBe(`csv: AAA has bars in 2 files (${join(dir, 'a.csv')}, ${join(dir, 'b.csv')}); keep it in one file, or name one AAA.csv to choose it`);
  });

  it('prefers the file named after the symbol over another file that also has it', async () => {
    write('AAA.csv', GOOG_DAILY);
    write('universe.csv', MULTI_SYMBOL);
    const bars = await new CsvProvider({ path: dir }).bars({ symbol: 'AAA', timeframe: '1d', from: day('2024-01-02'), to: day('2024-01-03') });
    expect(bars.map((bar) => bar.close)).toEqual([11.5]);
  });
});

describe('CsvProvider errors', () => {
  it('answers an unknown symbol with not-found listing where it looked', async () => {
    write('GOOG.csv', GOOG_DAILY);
    write('universe.csv.gz', gzipSync(MULTI_SYMBOL));
    write('notes.md', 'not bars');
    const error = await providerError(new CsvProvider({ path: dir }).quote('MSFT'));
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(`csv: no bars of MSFT: looked in ${dir} (2 files; symbols: AAA, BBB, GOOG)`);
  });

  it('says so when the folder holds no bar files', async () => {
    const error = await providerError(new CsvProvider({ path: dir }).quote('MSFT'));
    expect(error.message).toBe(`csv: no bars of MSFT: ${dir} holds no bar files (.csv, .tsv, .txt, optionally .gz)`);
  });

  it('reports a missing path as the source being unavailable', async () => {
    const missing = join(dir, 'gone');
    const error = await providerError(new CsvProvider({ path: missing }).quote('GOOG'));
    expect(error.kind).toBe('unavailable');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(`csv: cannot open the CSV path ${missing}: no such file or folder`);
  });

  it('refuses a reversed range and an aborted request', async () => {
    write('GOOG.csv', GOOG_DAILY);
    const provider = new CsvProvider({ path: dir });
    const reversed = await providerError(provider.bars({ symbol: 'GOOG', timeframe: '1d', from: 2, to: 1 }));
    expect(reversed.kind).toBe('bad-request');
    expect(reversed.message).toBe('csv: bars of GOOG: from (2) must not be after to (1)');
    const controller = new AbortController();
    controller.abort('client went away');
    const aborted = await providerError(provider.quote('GOOG', controller.signal));
    expect(aborted.kind).toBe('unavailable');
    expect(aborted.message).toBe('csv: request aborted: client went away');
  });
});

describe('CsvProvider quote and search', () => {
  it('quotes the last bar close at that bar time, with the previous day close', async () => {
    write('GOOG.csv', GOOG_DAILY);
    const quote = await new CsvProvider({ path: dir }).quote('GOOG');
    expect(quote).toEqual({
      symbol: 'GOOG',
      price: 11.9,
      previousClose: 12.2,
      change: 11.9 - 12.2,
      changePercent: ((11.9 - 12.2) / 12.2) * 100,
      open: 12.2,
      high: 12.4,
      low: 11.7,
      volume: 90,
      bid: null,
      ask: null,
      currency: null,
      time: day('2024-01-10'),
      source: 'csv',
      simulated: false,
    });
  });

  it('aggregates intraday bars into the last day for open, high, low and volume', async () => {
    const rows = ['time,open,high,low,close,volume'];
    // Two days of three hourly bars each, 14:00-16:00 UTC.
    for (const [date, base] of [['2024-03-04', 100], ['2024-03-05', 110]] as const) {
      for (let hour = 0; hour < 3; hour++) {
        const time = day(date) + (14 + hour) * HOUR;
        rows.push(`${new Date(time).toISOString()},${base + hour},${base + hour + 2},${base + hour - 1},${base + hour + 1},${10 * (hour + 1)}`);
      }
    }
    write('ES.csv', rows.join('\n'));
    const quote = await new CsvProvider({ path: dir }).quote('ES');
    expect(quote).toMatchObject({ price: 113, previousClose: 103, change: 10, open: 110, high: 114, low: 109, volume: 60, time: day('2024-03-05') + 16 * HOUR });
    const fourHours = await new CsvProvider({ path: dir }).bars({ symbol: 'ES', timeframe: '4h', from: day('2024-03-05'), to: day('2024-03-06') });
    expect(fourHours).toEqual([
      { time: day('2024-03-05') + 12 * HOUR, open: 110, high: 113, low: 109, close: 112, volume: 30 },
      { time: day('2024-03-05') + 16 * HOUR, open: 112, high: 114, low: 111, close: 113, volume: 30 },
    ]);
  });

  it('leaves volume unknown when the file has no volume column', async () => {
    write('IDX.csv', 'date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1.5,2.5,1,2');
    const quote = await new CsvProvider({ path: dir }).quote('IDX');
    expect(quote.volume).toBeNull();
    expect(quote.price).toBe(2);
  });

  it('searches the symbols of every file, exact match first, then prefixes', async () => {
    write('universe.csv', MULTI_SYMBOL.replaceAll('BBB', 'AAAB'));
    write('XAAA.csv', GOOG_DAILY);
    write('AA.csv', GOOG_DAILY);
    const matches = await new CsvProvider({ path: dir }).search('aa');
    expect(matches.map((match) => match.symbol)).toEqual(['AA', 'AAA', 'AAAB', 'XAAA']);
    expect(matches[0]).toEqual({ symbol: 'AA', name: 'AA', exchange: null, type: null });
  });
});
